using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.IntegrationEvents.Events;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Services;

/// <summary>
/// Saga steps 3 and 6 of the order: applies Catalog's and Payments' outcomes to the order row and publishes what follows.
/// Runs inside a consumer's transaction; a concurrent change of the same order fails on xmin and the message is retried.
/// </summary>
public sealed class OrderSaga(OrdersDbContext db, ReservationWaiter waiter, TimeProvider clock, ILogger<OrderSaga> logger)
{
    public async Task StockReservedAsync(StockReserved message, CancellationToken cancellationToken)
    {
        if (await FindAsync(message.OrderId, nameof(StockReserved), cancellationToken) is not { } order) return;
        switch (order.StockReserved(clock.GetUtcNow()))
        {
            case ReservationReaction.Confirm:
                db.Publish(OrderMessages.Confirmed(order));
                break;
            case ReservationReaction.Release:
                logger.LogInformation("Stock reserved for cancelled order {OrderId}; asking Catalog to release it", order.Id);
                db.Publish(OrderMessages.Cancelled(order));
                break;
        }
        db.OnCommitted(() => waiter.Settled(order));
    }

    public async Task StockReservationFailedAsync(StockReservationFailed message, CancellationToken cancellationToken)
    {
        if (await FindAsync(message.OrderId, nameof(StockReservationFailed), cancellationToken) is not { } order) return;
        var shortfalls = message.Shortfalls.Select(s => new StockShortfallLine { ProductId = s.ProductId, Requested = s.Requested, Available = s.Available });
        // Nothing was held, so there is nothing to release: the status change is the only news.
        if (order.StockReservationFailed(shortfalls, clock.GetUtcNow()))
            db.Publish(OrderMessages.StatusChanged(order, OrderStatuses.Pending));
        db.OnCommitted(() => waiter.Settled(order));
    }

    public async Task PaymentSucceededAsync(PaymentSucceeded message, CancellationToken cancellationToken)
    {
        if (await FindAsync(message.OrderId, nameof(PaymentSucceeded), cancellationToken) is not { } order) return;
        switch (order.PaymentSucceeded(clock.GetUtcNow()))
        {
            case PaymentReaction.StartProcessing:
                db.Publish(OrderMessages.StatusChanged(order, OrderStatuses.Pending));
                break;
            case PaymentReaction.Refund:
                logger.LogInformation("Payment arrived for cancelled order {OrderId}; announcing the cancellation again so it is refunded", order.Id);
                db.Publish(OrderMessages.Cancelled(order));
                break;
        }
    }

    public async Task PaymentRefundedAsync(PaymentRefunded message, CancellationToken cancellationToken)
    {
        if (await FindAsync(message.OrderId, nameof(PaymentRefunded), cancellationToken) is not { } order) return;
        order.PaymentRefunded(message.FullyRefunded, clock.GetUtcNow());
    }

    private async Task<Order?> FindAsync(int orderId, string eventName, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
            logger.LogWarning("{Event} names order {OrderId}, which this store does not have; ignored", eventName, orderId);
        return order;
    }
}
