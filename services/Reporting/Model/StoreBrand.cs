using System.Text.RegularExpressions;

namespace QommerceHub.Reporting.Model;

/// <summary>The store's name and colours for a document; colours are re-checked because they reach the renderer.</summary>
public sealed partial record StoreBrand(string StoreName, string PrimaryColor, string AccentColor, string TextColor)
{
    public const string DefaultPrimary = "#3b5bdb";
    public const string DefaultAccent = "#f59f00";
    public const string DefaultText = "#212529";

    public static StoreBrand Default(string storeName) => new(storeName, DefaultPrimary, DefaultAccent, DefaultText);

    public static StoreBrand From(StoreProfile? profile) => profile is null
        ? Default("Your store")
        : new(profile.StoreName, Safe(profile.PrimaryColor, DefaultPrimary), Safe(profile.AccentColor, DefaultAccent), Safe(profile.TextColor, DefaultText));

    public static bool IsHexColour(string? colour) => colour is not null && HexColour().IsMatch(colour);

    private static string Safe(string colour, string fallback) => IsHexColour(colour) ? colour : fallback;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
