namespace QommerceHub.Identity.Apis;

public sealed record ChangeRoleRequest(string? Role);
