using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class ProductCreatedConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductCreatedConsumer> logger)
    : ProjectingBatchConsumer<ProductCreated>(db, projector, logger)
{
    protected override int? ProductOf(ProductCreated message) => message.ProductId;
}

public sealed class ProductUpdatedConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductUpdatedConsumer> logger)
    : ProjectingBatchConsumer<ProductUpdated>(db, projector, logger)
{
    protected override int? ProductOf(ProductUpdated message) => message.ProductId;
}

public sealed class ProductDeletedConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductDeletedConsumer> logger)
    : ProjectingBatchConsumer<ProductDeleted>(db, projector, logger)
{
    protected override int? ProductOf(ProductDeleted message) => message.ProductId;
}

public sealed class ProductRestoredConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductRestoredConsumer> logger)
    : ProjectingBatchConsumer<ProductRestored>(db, projector, logger)
{
    protected override int? ProductOf(ProductRestored message) => message.ProductId;
}

public sealed class StockLevelChangedConsumer(AnalyticsDbContext db, Projector projector, ILogger<StockLevelChangedConsumer> logger)
    : ProjectingBatchConsumer<StockLevelChanged>(db, projector, logger)
{
    protected override int? ProductOf(StockLevelChanged message) => message.ProductId;
}

public sealed class LowStockDetectedConsumer(AnalyticsDbContext db, Projector projector, ILogger<LowStockDetectedConsumer> logger)
    : ProjectingConsumer<LowStockDetected>(db, projector, logger);
