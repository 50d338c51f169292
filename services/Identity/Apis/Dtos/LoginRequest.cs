namespace QommerceHub.Identity.Apis.Dtos;

public sealed record LoginRequest(string? Email, string? Password);
