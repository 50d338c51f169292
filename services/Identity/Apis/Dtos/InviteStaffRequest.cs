namespace QommerceHub.Identity.Apis;

public sealed record InviteStaffRequest(string? Email, string? Role);
