namespace QommerceHub.Identity.Apis;

public sealed record CustomizationEnvelope(Customization Customization);
