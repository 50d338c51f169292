using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Model;

/// <summary>A store's logo or background image, kept with the store's other settings.</summary>
[NotTenantFiltered("Served without a token to whoever holds its URL, which names the store and the content hash")]
public sealed class StoreAsset
{
    public const string Logo = "logo";
    public const string Background = "background";

    public int TenantId { get; set; }
    public required string Kind { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static bool IsKind(string kind) => kind is Logo or Background;

    /// <summary>Where the image is served: the store, the kind and the SHA-256 of the bytes.</summary>
    public static string UrlOf(int tenantId, string kind, string contentHash) => $"/api/customization/assets/{tenantId}/{kind}/{contentHash}";
}
