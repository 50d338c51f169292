using QommerceHub.Analytics.Live;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Projections;

/// <summary>Catalog's product and stock events, applied to the product replica only when newer than what it holds.</summary>
public sealed class CatalogProjection(RowLocks rows)
{
    private static readonly SalesUpdate productChanged = new("product_changed");
    private static readonly SalesUpdate stockChanged = new("stock_changed");

    public async Task<SalesUpdate> ApplyAsync(ProductCreated message, CancellationToken cancellationToken)
    {
        var product = await rows.ProductAsync(message.TenantId, message.ProductId, cancellationToken);
        product.ApplyDetails(message.Version, message.Name, message.Sku, message.Price, message.LowStockThreshold);
        product.ApplyState(message.Version, deleted: false);
        product.ApplyOpeningStock(message.QuantityOnHand);
        return productChanged;
    }

    public async Task<SalesUpdate> ApplyAsync(ProductUpdated message, CancellationToken cancellationToken)
    {
        var product = await rows.ProductAsync(message.TenantId, message.ProductId, cancellationToken);
        product.ApplyDetails(message.Version, message.Name, message.Sku, message.Price, message.LowStockThreshold);
        return productChanged;
    }

    public async Task<SalesUpdate> ApplyAsync(ProductDeleted message, CancellationToken cancellationToken)
    {
        var product = await rows.ProductAsync(message.TenantId, message.ProductId, cancellationToken);
        product.ApplyState(message.Version, deleted: true);
        return productChanged;
    }

    public async Task<SalesUpdate> ApplyAsync(ProductRestored message, CancellationToken cancellationToken)
    {
        var product = await rows.ProductAsync(message.TenantId, message.ProductId, cancellationToken);
        product.ApplyState(message.Version, deleted: false);
        return productChanged;
    }

    public async Task<SalesUpdate> ApplyAsync(StockLevelChanged message, CancellationToken cancellationToken)
    {
        var product = await rows.ProductAsync(message.TenantId, message.ProductId, cancellationToken);
        product.ApplyStock(message.LedgerEntryId, message.QuantityOnHand, message.QuantityReserved);
        return stockChanged;
    }

    /// <summary>
    /// The low-stock list is derived from current levels and thresholds; the alert itself only names an item
    /// Catalog has not described to us yet and records when it was last raised.
    /// </summary>
    public async Task<SalesUpdate> ApplyAsync(LowStockDetected message, CancellationToken cancellationToken)
    {
        var product = await rows.ProductAsync(message.TenantId, message.ProductId, cancellationToken);
        if (!product.IsKnown)
        {
            product.Name = message.Name;
            product.Sku = message.Sku;
            product.LowStockThreshold = message.LowStockThreshold;
        }
        var at = message.OccurredAt.ToUniversalTime();
        if (product.LowStockAlertedAt is null || at > product.LowStockAlertedAt) product.LowStockAlertedAt = at;
        return new SalesUpdate("low_stock");
    }
}
