namespace QommerceHub.Identity.Apis.Dtos;

public sealed record ChangeRoleRequest(string? Role);
