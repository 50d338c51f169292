using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.IntegrationEvents.Events;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Services;

/// <summary>
/// The one way stock changes: applies a movement to a locked product, appends the ledger row and queues
/// StockLevelChanged (and LowStockDetected on a downward crossing) in the caller's transaction.
/// </summary>
public sealed class StockChanges(CatalogDbContext db, TimeProvider clock)
{
    public async Task<StockLedgerEntry> RecordAsync(Product product, StockMovement movement, CancellationToken cancellationToken)
    {
        var wasLow = product.IsLowStock;
        var entry = product.Apply(movement, clock.Now());
        db.StockLedger.Add(entry);
        // The ledger id goes into the event, so the row is written first (still inside the caller's transaction).
        await db.SaveChangesAsync(cancellationToken);
        db.Publish(ProductEvents.StockLevelChanged(product, entry));
        PublishLowStockIfCrossed(product, wasLow);
        return entry;
    }

    /// <summary>Also used when a threshold edit makes an item low without any stock moving.</summary>
    public void PublishLowStockIfCrossed(Product product, bool wasLow)
    {
        if (LowStockRule.CrossedDownward(wasLow, product.IsLowStock))
            db.Publish(ProductEvents.LowStockDetected(product, clock.Now()));
    }
}
