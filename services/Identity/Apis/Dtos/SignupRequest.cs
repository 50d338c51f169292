namespace QommerceHub.Identity.Apis;

public sealed record SignupRequest(string? Email, string? Password, string? StoreName);
