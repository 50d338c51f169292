using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

public sealed class ProductRestoredConsumer(ReportingDbContext db, ILogger<ProductRestoredConsumer> logger)
    : IdempotentBatchConsumer<ProductRestored, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductRestored> messages, CancellationToken cancellationToken) =>
        InventoryItemRows.PlaceAllAsync(Db, messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override async Task HandleAsync(ProductRestored message, CancellationToken cancellationToken)
    {
        var item = await InventoryItemRows.FindOrPlaceAsync(Db, message.TenantId, message.ProductId, cancellationToken);
        if (message.Version <= item.Version) return;
        item.IsDeleted = false;
        item.Version = message.Version;
        item.UpdatedAt = message.OccurredAt;
    }
}
