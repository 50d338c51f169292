namespace QommerceHub.Identity.Model;

/// <summary>A tenant: one shop with its own isolated data.</summary>
public sealed class Store
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public StoreTheme Theme { get; set; } = new();
}

public sealed class StoreTheme
{
    public string BackgroundColor { get; set; } = "#f7f7fb";
    public string PrimaryColor { get; set; } = "#3b5bdb";
    public string SecondaryColor { get; set; } = "#495057";
    public string AccentColor { get; set; } = "#f59f00";
    public string TextColor { get; set; } = "#212529";
    public bool AnimationsEnabled { get; set; } = true;
    public string? LogoUrl { get; set; }
    public string? BackgroundUrl { get; set; }
}
