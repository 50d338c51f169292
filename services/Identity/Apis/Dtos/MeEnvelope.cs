namespace QommerceHub.Identity.Apis.Dtos;

public sealed record MeEnvelope(string Message, MeResponse Tenant);
