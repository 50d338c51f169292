using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

public sealed class StockLevelChangedConsumer(ReportingDbContext db, ILogger<StockLevelChangedConsumer> logger)
    : IdempotentBatchConsumer<StockLevelChanged, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<StockLevelChanged> messages, CancellationToken cancellationToken) =>
        InventoryItemRows.PlaceAllAsync(Db, messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override async Task HandleAsync(StockLevelChanged message, CancellationToken cancellationToken)
    {
        var item = await InventoryItemRows.FindOrPlaceAsync(Db, message.TenantId, message.ProductId, cancellationToken);
        if (message.LedgerEntryId <= item.LedgerEntryId) return;
        item.OnHand = message.QuantityOnHand;
        item.Reserved = message.QuantityReserved;
        item.LedgerEntryId = message.LedgerEntryId;
        if (message.OccurredAt > item.UpdatedAt) item.UpdatedAt = message.OccurredAt;
    }
}
