using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>Keeps the inventory copy current in whatever order events arrive; versions and ledger ids make stale ones harmless.</summary>
public sealed class ProductCreatedConsumer(ReportingDbContext db, ILogger<ProductCreatedConsumer> logger)
    : IdempotentBatchConsumer<ProductCreated, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductCreated> messages, CancellationToken cancellationToken) =>
        InventoryItemRows.PlaceAllAsync(Db, messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override async Task HandleAsync(ProductCreated message, CancellationToken cancellationToken)
    {
        var item = await InventoryItemRows.FindOrPlaceAsync(Db, message.TenantId, message.ProductId, cancellationToken);
        item.CreatedAt = message.OccurredAt;
        if (item.LedgerEntryId == 0) item.OnHand = message.QuantityOnHand;
        if (message.Version < item.Version)
        {
            // Later events got here first; they carry no name when they are stock or deletion events.
            if (item.Name.Length == 0) (item.Name, item.Sku) = (message.Name, message.Sku);
            return;
        }
        InventoryItemRows.Apply(item, message.Name, message.Sku, message.Barcode, message.Price, message.LowStockThreshold, message.Version, message.OccurredAt);
    }
}
