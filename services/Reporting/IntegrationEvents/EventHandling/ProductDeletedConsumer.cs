using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

public sealed class ProductDeletedConsumer(ReportingDbContext db, ILogger<ProductDeletedConsumer> logger)
    : IdempotentBatchConsumer<ProductDeleted, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductDeleted> messages, CancellationToken cancellationToken) =>
        InventoryItemRows.PlaceAllAsync(Db, messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override async Task HandleAsync(ProductDeleted message, CancellationToken cancellationToken)
    {
        var item = await InventoryItemRows.FindOrPlaceAsync(Db, message.TenantId, message.ProductId, cancellationToken);
        if (message.Version <= item.Version) return;
        item.IsDeleted = true;
        item.Version = message.Version;
        item.UpdatedAt = message.OccurredAt;
    }
}
