namespace QommerceHub.Identity.Apis.Dtos;

public sealed record AcceptInvitationRequest(string? Token, string? Password);
