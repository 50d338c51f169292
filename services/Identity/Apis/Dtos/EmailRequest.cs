namespace QommerceHub.Identity.Apis;

public sealed record EmailRequest(string? Email);
