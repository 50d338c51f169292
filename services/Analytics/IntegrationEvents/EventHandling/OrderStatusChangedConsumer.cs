using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

public sealed class OrderStatusChangedConsumer(AnalyticsDbContext db, Projector projector, ILogger<OrderStatusChangedConsumer> logger)
    : ProjectingConsumer<OrderStatusChanged>(db, projector, logger);
