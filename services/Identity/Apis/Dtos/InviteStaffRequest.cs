namespace QommerceHub.Identity.Apis.Dtos;

public sealed record InviteStaffRequest(string? Email, string? Role);
