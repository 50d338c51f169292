using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class ProductRestoredConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductRestoredConsumer> logger)
    : ProjectingBatchConsumer<ProductRestored>(db, projector, logger)
{
    protected override int? ProductOf(ProductRestored message) => message.ProductId;
}
