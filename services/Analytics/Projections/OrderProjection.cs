using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Live;
using QommerceHub.Analytics.Model;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Projections;

/// <summary>
/// Orders' and Payments' events about one order. Each records what it says on the order's fact row, whichever
/// arrives first, and then settles the aggregates to the order's resulting state.
/// </summary>
public sealed class OrderProjection(AnalyticsDbContext db, RowLocks rows, SalesAggregates aggregates, ReplicaPlaceholders placeholders, ILogger<OrderProjection> logger)
{
    public async Task<SalesUpdate> ApplyAsync(OrderConfirmed message, CancellationToken cancellationToken)
    {
        var order = await rows.OrderAsync(message.TenantId, message.OrderId, cancellationToken);
        if (!order.Confirmed)
        {
            order.Confirmed = true;
            order.CustomerId = message.CustomerId;
            order.CustomerName = message.CustomerName;
            order.PlacedAt = message.PlacedAt.ToUniversalTime();
            order.TotalAmount = message.TotalAmount;
            order.Currency = message.Currency;
            order.MoveTo(OrderStatuses.Pending);
            db.OrderLines.AddRange(message.Lines.Select((line, index) => new OrderLineFact
            {
                TenantId = message.TenantId,
                OrderId = message.OrderId,
                LineNo = index + 1,
                ProductId = line.ProductId,
                ProductName = line.ProductName,
                Quantity = line.Quantity,
                UnitPrice = line.UnitPrice,
            }));
            await placeholders.EnsureAsync(message, cancellationToken);
        }
        await aggregates.SettleAsync(order, cancellationToken);
        return new SalesUpdate("order_confirmed", message.OrderId);
    }

    public async Task<SalesUpdate?> ApplyAsync(OrderStatusChanged message, CancellationToken cancellationToken)
    {
        if (!StatusProgress.IsKnown(message.Status))
        {
            // Aggregates keep a column per seed status; a new status needs a column and a rebuild from the event log.
            logger.LogWarning("Order {OrderId} moved to unknown status {Status}; ignored", message.OrderId, message.Status);
            return null;
        }
        var order = await rows.OrderAsync(message.TenantId, message.OrderId, cancellationToken);
        order.MoveTo(message.Status, message.OccurredAt);
        await aggregates.SettleAsync(order, cancellationToken);
        return new SalesUpdate("order_status_changed", message.OrderId);
    }

    public async Task<SalesUpdate> ApplyAsync(OrderCancelled message, CancellationToken cancellationToken)
    {
        var order = await rows.OrderAsync(message.TenantId, message.OrderId, cancellationToken);
        order.Cancel();
        await aggregates.SettleAsync(order, cancellationToken);
        return new SalesUpdate("order_cancelled", message.OrderId);
    }

    public async Task<SalesUpdate> ApplyAsync(PaymentRefunded message, CancellationToken cancellationToken)
    {
        var order = await rows.OrderAsync(message.TenantId, message.OrderId, cancellationToken);
        order.RecordRefund(message.TotalRefunded);
        await aggregates.SettleAsync(order, cancellationToken);
        return new SalesUpdate("payment_refunded", message.OrderId);
    }
}
