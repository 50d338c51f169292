using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

/// <summary>Revenue counts from the moment an order is confirmed (its stock reserved).</summary>
public sealed class OrderConfirmedConsumer(AnalyticsDbContext db, Projector projector, ILogger<OrderConfirmedConsumer> logger)
    : ProjectingConsumer<OrderConfirmed>(db, projector, logger);

public sealed class OrderStatusChangedConsumer(AnalyticsDbContext db, Projector projector, ILogger<OrderStatusChangedConsumer> logger)
    : ProjectingConsumer<OrderStatusChanged>(db, projector, logger);

/// <summary>A cancelled order leaves revenue but stays in the status counts.</summary>
public sealed class OrderCancelledConsumer(AnalyticsDbContext db, Projector projector, ILogger<OrderCancelledConsumer> logger)
    : ProjectingConsumer<OrderCancelled>(db, projector, logger);

/// <summary>Refunds reduce the order's revenue.</summary>
public sealed class PaymentRefundedConsumer(AnalyticsDbContext db, Projector projector, ILogger<PaymentRefundedConsumer> logger)
    : ProjectingConsumer<PaymentRefunded>(db, projector, logger);
