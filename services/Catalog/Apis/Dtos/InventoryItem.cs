using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Apis.Dtos;

/// <summary>
/// An item as the public API shows it: the original's row first, where <c>quantity</c> is what the shop can still
/// sell; then ours: on hand, reserved, available (the same as quantity), thumbnail, reorder point and version.
/// </summary>
public sealed record InventoryItem(
    int Id,
    int TenantId,
    string Name,
    string Sku,
    string? Description,
    int Quantity,
    decimal Price,
    string? Category,
    string? ImageUrl,
    string? Barcode,
    int LowStockThreshold,
    bool IsDeleted,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int OnHand,
    int ReservedQuantity,
    int AvailableQuantity,
    string? ThumbnailUrl,
    string? BarcodeFormat,
    int ReorderPoint,
    bool IsLowStock,
    long Version)
{
    public static InventoryItem From(Product p) => new(
        p.Id, p.TenantId, p.Name, p.Sku, p.Description, p.Available, p.Price, p.Category,
        UploadUrl(p.TenantId, p.ImageFile), p.Barcode, p.LowStockThreshold, p.IsDeleted, p.CreatedAt, p.UpdatedAt,
        p.OnHand, p.Reserved, p.Available, UploadUrl(p.TenantId, p.ThumbnailFile), p.BarcodeFormat, p.ReorderPoint, p.IsLowStock,
        p.Version);

    public static string? UploadUrl(int tenantId, string? file) => file is null ? null : $"/uploads/{tenantId}/{file}";
}
