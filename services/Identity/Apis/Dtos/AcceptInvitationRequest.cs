namespace QommerceHub.Identity.Apis;

public sealed record AcceptInvitationRequest(string? Token, string? Password);
