namespace QommerceHub.Catalog.Apis.Dtos;

/// <summary>A partial update: absent fields stay as they are; an empty barcode removes it.</summary>
public sealed record UpdateInventoryItemRequest
{
    public string? Name { get; init; }
    public string? Sku { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }
    /// <summary>New sellable count (on hand less reserved); the on-hand change is recorded in the ledger as a correction.</summary>
    public decimal? Quantity { get; init; }
    public decimal? Price { get; init; }
    public string? Barcode { get; init; }
    public string? BarcodeFormat { get; init; }
    public decimal? LowStockThreshold { get; init; }
    public decimal? ReorderPoint { get; init; }
    /// <summary>The version the client edited; a stale one is refused with 409 (If-Match gives 412).</summary>
    public long? Version { get; init; }

    public bool ChangesNothing =>
        Name is null && Sku is null && Description is null && Category is null && Quantity is null && Price is null && Barcode is null &&
        BarcodeFormat is null && LowStockThreshold is null && ReorderPoint is null;
}
