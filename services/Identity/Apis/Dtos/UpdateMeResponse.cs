namespace QommerceHub.Identity.Apis;

public sealed record UpdateMeResponse(string Message, MeResponse Tenant);
