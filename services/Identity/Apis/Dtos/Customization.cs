using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Apis.Dtos;

/// <summary>The store's look under the original's names (<c>background_image_url</c>, not ours).</summary>
public sealed record Customization(
    string? LogoUrl,
    string BackgroundColor,
    string? BackgroundImageUrl,
    string PrimaryColor,
    string SecondaryColor,
    string AccentColor,
    string TextColor,
    bool AnimationsEnabled)
{
    public static Customization From(StoreTheme t) =>
        new(t.LogoUrl, t.BackgroundColor, t.BackgroundUrl, t.PrimaryColor, t.SecondaryColor, t.AccentColor, t.TextColor, t.AnimationsEnabled);
}
