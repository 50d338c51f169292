using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class ProductCreatedConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductCreatedConsumer> logger)
    : ProjectingBatchConsumer<ProductCreated>(db, projector, logger)
{
    protected override int? ProductOf(ProductCreated message) => message.ProductId;
}
