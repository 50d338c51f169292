namespace QommerceHub.Identity.Apis.Dtos;

public sealed record ResetPasswordRequest(string? Token, string? Password);
