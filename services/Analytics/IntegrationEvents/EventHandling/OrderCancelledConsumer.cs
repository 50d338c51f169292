using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

/// <summary>A cancelled order leaves revenue but stays in the status counts.</summary>
public sealed class OrderCancelledConsumer(AnalyticsDbContext db, Projector projector, ILogger<OrderCancelledConsumer> logger)
    : ProjectingConsumer<OrderCancelled>(db, projector, logger);
