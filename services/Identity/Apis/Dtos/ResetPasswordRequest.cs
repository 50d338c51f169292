namespace QommerceHub.Identity.Apis;

public sealed record ResetPasswordRequest(string? Token, string? Password);
