namespace QommerceHub.Identity.Apis.Dtos;

public sealed record UpdateThemeRequest(
    string? BackgroundColor,
    string? PrimaryColor,
    string? SecondaryColor,
    string? AccentColor,
    string? TextColor,
    bool? AnimationsEnabled);
