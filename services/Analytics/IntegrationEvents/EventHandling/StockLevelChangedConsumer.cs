using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class StockLevelChangedConsumer(AnalyticsDbContext db, Projector projector, ILogger<StockLevelChangedConsumer> logger)
    : ProjectingBatchConsumer<StockLevelChanged>(db, projector, logger)
{
    protected override int? ProductOf(StockLevelChanged message) => message.ProductId;
}
