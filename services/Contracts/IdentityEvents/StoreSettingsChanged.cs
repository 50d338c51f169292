namespace QommerceHub.Contracts;

public sealed record StoreSettingsChanged : IntegrationEvent
{
    public required string StoreName { get; init; }
    public required string OwnerEmail { get; init; }
    public required string PrimaryColor { get; init; }
    public required string AccentColor { get; init; }
    public required string TextColor { get; init; }
    public required string BackgroundColor { get; init; }
    public string? LogoUrl { get; init; }
}
