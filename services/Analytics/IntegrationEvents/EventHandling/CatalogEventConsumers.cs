using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class ProductCreatedConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductCreatedConsumer> logger)
    : ProjectingConsumer<ProductCreated>(db, projector, logger);

public sealed class ProductUpdatedConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductUpdatedConsumer> logger)
    : ProjectingConsumer<ProductUpdated>(db, projector, logger);

public sealed class ProductDeletedConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductDeletedConsumer> logger)
    : ProjectingConsumer<ProductDeleted>(db, projector, logger);

public sealed class ProductRestoredConsumer(AnalyticsDbContext db, Projector projector, ILogger<ProductRestoredConsumer> logger)
    : ProjectingConsumer<ProductRestored>(db, projector, logger);

public sealed class StockLevelChangedConsumer(AnalyticsDbContext db, Projector projector, ILogger<StockLevelChangedConsumer> logger)
    : ProjectingConsumer<StockLevelChanged>(db, projector, logger);

public sealed class LowStockDetectedConsumer(AnalyticsDbContext db, Projector projector, ILogger<LowStockDetectedConsumer> logger)
    : ProjectingConsumer<LowStockDetected>(db, projector, logger);
