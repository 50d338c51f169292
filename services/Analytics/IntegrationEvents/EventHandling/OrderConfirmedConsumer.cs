using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

/// <summary>
/// Revenue counts from the moment an order is confirmed (its stock reserved). In batches: under a rush, one
/// transaction per batch instead of per order, with the batch's order rows locked and loaded in one query.
/// </summary>
public sealed class OrderConfirmedConsumer(AnalyticsDbContext db, Projector projector, ILogger<OrderConfirmedConsumer> logger)
    : ProjectingBatchConsumer<OrderConfirmed>(db, projector, logger)
{
    protected override int? OrderOf(OrderConfirmed message) => message.OrderId;
}
