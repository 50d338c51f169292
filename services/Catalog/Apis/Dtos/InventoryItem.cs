using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Apis.Dtos;

/// <summary>An item as the seed API shows it, plus stock split into on hand, reserved and available.</summary>
public sealed record InventoryItem(
    int Id,
    int TenantId,
    string Name,
    string Sku,
    int Quantity,
    int ReservedQuantity,
    int AvailableQuantity,
    decimal Price,
    string? ImageUrl,
    string? ThumbnailUrl,
    string? Barcode,
    string? BarcodeFormat,
    int LowStockThreshold,
    int ReorderPoint,
    bool IsLowStock,
    bool IsDeleted,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static InventoryItem From(Product p) => new(
        p.Id, p.TenantId, p.Name, p.Sku, p.OnHand, p.Reserved, p.Available, p.Price,
        UploadUrl(p.TenantId, p.ImageFile), UploadUrl(p.TenantId, p.ThumbnailFile),
        p.Barcode, p.BarcodeFormat, p.LowStockThreshold, p.ReorderPoint, p.IsLowStock, p.IsDeleted,
        p.CreatedAt, p.UpdatedAt, p.Version);

    public static string? UploadUrl(int tenantId, string? file) => file is null ? null : $"/uploads/{tenantId}/{file}";
}
