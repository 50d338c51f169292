using System.Text.RegularExpressions;
using QommerceHub.Notifications.Model;

namespace QommerceHub.Notifications.Rendering;

/// <summary>The store's name and colours for an email; colours are re-checked because they go into CSS.</summary>
public sealed partial record StoreBranding(string StoreName, string PrimaryColor, string AccentColor, string TextColor, string BackgroundColor)
{
    public static StoreBranding Default(string storeName) => new(storeName, "#3b5bdb", "#f59f00", "#212529", "#f7f7fb");

    public static StoreBranding From(StoreProfile profile) =>
        new(profile.StoreName, Safe(profile.PrimaryColor, "#3b5bdb"), Safe(profile.AccentColor, "#f59f00"),
            Safe(profile.TextColor, "#212529"), Safe(profile.BackgroundColor, "#f7f7fb"));

    public IReadOnlyDictionary<string, string?> ToValues() => new Dictionary<string, string?>
    {
        ["StoreName"] = StoreName,
        ["PrimaryColor"] = PrimaryColor,
        ["AccentColor"] = AccentColor,
        ["TextColor"] = TextColor,
        ["BackgroundColor"] = BackgroundColor,
    };

    private static string Safe(string colour, string fallback) => HexColour().IsMatch(colour) ? colour : fallback;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
