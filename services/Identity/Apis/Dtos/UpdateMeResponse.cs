namespace QommerceHub.Identity.Apis.Dtos;

public sealed record UpdateMeResponse(string Message, MeResponse Tenant);
