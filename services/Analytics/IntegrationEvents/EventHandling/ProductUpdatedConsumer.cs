using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class ProductUpdatedConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductUpdatedConsumer> logger)
    : ProjectingBatchConsumer<ProductUpdated>(db, projector, logger)
{
    protected override int? ProductOf(ProductUpdated message) => message.ProductId;
}
