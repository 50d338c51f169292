namespace QommerceHub.Identity.Apis.Dtos;

public sealed record CustomizationEnvelope(Customization Customization);
