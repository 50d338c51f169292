using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class ProductDeletedConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductDeletedConsumer> logger)
    : ProjectingBatchConsumer<ProductDeleted>(db, projector, logger)
{
    protected override int? ProductOf(ProductDeleted message) => message.ProductId;
}
