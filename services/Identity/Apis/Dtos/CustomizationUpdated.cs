namespace QommerceHub.Identity.Apis.Dtos;

public sealed record CustomizationUpdated(string Message, Customization Customization);
