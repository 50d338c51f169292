namespace QommerceHub.Identity.Model;

/// <summary>A tenant: one shop with its own isolated data.</summary>
public sealed class Store
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public StoreTheme Theme { get; set; } = new();
}

/// <summary>A store's look; the defaults are the original QommerceHub's.</summary>
public sealed class StoreTheme
{
    public string BackgroundColor { get; set; } = "#f9fafb";
    public string PrimaryColor { get; set; } = "#667eea";
    public string SecondaryColor { get; set; } = "#764ba2";
    public string AccentColor { get; set; } = "#10b981";
    public string TextColor { get; set; } = "#111827";
    public bool AnimationsEnabled { get; set; } = true;
    public string? LogoUrl { get; set; }
    public string? BackgroundUrl { get; set; }
}
