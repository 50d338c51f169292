namespace QommerceHub.Identity.Apis.Dtos;

public sealed record EmailRequest(string? Email);
