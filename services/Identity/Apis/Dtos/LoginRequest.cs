namespace QommerceHub.Identity.Apis;

public sealed record LoginRequest(string? Email, string? Password);
