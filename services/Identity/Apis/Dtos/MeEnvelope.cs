namespace QommerceHub.Identity.Apis;

public sealed record MeEnvelope(string Message, MeResponse Tenant);
