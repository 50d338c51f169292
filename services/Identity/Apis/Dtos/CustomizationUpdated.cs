namespace QommerceHub.Identity.Apis;

public sealed record CustomizationUpdated(string Message, Customization Customization);
