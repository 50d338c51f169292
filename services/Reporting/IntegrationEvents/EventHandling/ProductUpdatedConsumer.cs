using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

public sealed class ProductUpdatedConsumer(ReportingDbContext db, ILogger<ProductUpdatedConsumer> logger)
    : IdempotentBatchConsumer<ProductUpdated, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductUpdated> messages, CancellationToken cancellationToken) =>
        InventoryItemRows.PlaceAllAsync(Db, messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override async Task HandleAsync(ProductUpdated message, CancellationToken cancellationToken)
    {
        var item = await InventoryItemRows.FindOrPlaceAsync(Db, message.TenantId, message.ProductId, cancellationToken);
        if (message.Version <= item.Version) return;
        InventoryItemRows.Apply(item, message.Name, message.Sku, message.Barcode, message.Price, message.LowStockThreshold, message.Version, message.OccurredAt);
    }
}
