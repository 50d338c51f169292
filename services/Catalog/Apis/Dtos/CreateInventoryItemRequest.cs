namespace QommerceHub.Catalog.Apis.Dtos;

/// <summary>
/// A new item. Numbers are decimals on purpose: "quantity": 1.5 gets a field error rather than a parse failure.
/// </summary>
public sealed record CreateInventoryItemRequest
{
    public string? Name { get; init; }
    public string? Sku { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }
    public decimal? Quantity { get; init; }
    public decimal? Price { get; init; }
    public string? Barcode { get; init; }
    public string? BarcodeFormat { get; init; }
    public decimal? LowStockThreshold { get; init; }
    public decimal? ReorderPoint { get; init; }
}
