using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

/// <summary>Revenue counts from the moment an order is confirmed (its stock reserved).</summary>
public sealed class OrderConfirmedConsumer(AnalyticsDbContext db, Projector projector, ILogger<OrderConfirmedConsumer> logger)
    : ProjectingConsumer<OrderConfirmed>(db, projector, logger);
