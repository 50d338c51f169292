using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class LowStockDetectedConsumer(AnalyticsDbContext db, Projector projector, ILogger<LowStockDetectedConsumer> logger)
    : ProjectingConsumer<LowStockDetected>(db, projector, logger);
