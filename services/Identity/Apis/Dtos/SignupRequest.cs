namespace QommerceHub.Identity.Apis.Dtos;

public sealed record SignupRequest(string? Email, string? Password, string? StoreName);
