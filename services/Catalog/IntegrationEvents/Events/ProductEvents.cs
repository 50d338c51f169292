using QommerceHub.Catalog.Model;
using QommerceHub.Contracts;

namespace QommerceHub.Catalog.IntegrationEvents.Events;

/// <summary>Builds the messages Catalog publishes from the product's current state, so every sender says the same.</summary>
public static class ProductEvents
{
    public static ProductCreated Created(Product p, DateTimeOffset at) => new()
    {
        TenantId = p.TenantId,
        OccurredAt = at,
        ProductId = p.Id,
        Name = p.Name,
        Sku = p.Sku,
        Barcode = p.Barcode,
        Price = p.Price,
        QuantityOnHand = p.OnHand,
        LowStockThreshold = p.LowStockThreshold,
        Version = p.Version,
    };

    public static ProductUpdated Updated(Product p, DateTimeOffset at) => new()
    {
        TenantId = p.TenantId,
        OccurredAt = at,
        ProductId = p.Id,
        Name = p.Name,
        Sku = p.Sku,
        Barcode = p.Barcode,
        Price = p.Price,
        LowStockThreshold = p.LowStockThreshold,
        Version = p.Version,
    };

    public static ProductDeleted Deleted(Product p, DateTimeOffset at) =>
        new() { TenantId = p.TenantId, OccurredAt = at, ProductId = p.Id, Version = p.Version };

    public static ProductRestored Restored(Product p, DateTimeOffset at) =>
        new() { TenantId = p.TenantId, OccurredAt = at, ProductId = p.Id, Version = p.Version };

    public static StockLevelChanged StockLevelChanged(Product p, StockLedgerEntry entry) => new()
    {
        TenantId = p.TenantId,
        OccurredAt = entry.CreatedAt,
        ProductId = p.Id,
        QuantityOnHand = entry.ResultingOnHand,
        QuantityReserved = entry.ResultingReserved,
        Reason = entry.Reason,
        Reference = entry.Reference,
        LedgerEntryId = entry.Id,
    };

    public static LowStockDetected LowStockDetected(Product p, DateTimeOffset at) => new()
    {
        TenantId = p.TenantId,
        OccurredAt = at,
        ProductId = p.Id,
        Name = p.Name,
        Sku = p.Sku,
        QuantityAvailable = p.Available,
        LowStockThreshold = p.LowStockThreshold,
    };
}
