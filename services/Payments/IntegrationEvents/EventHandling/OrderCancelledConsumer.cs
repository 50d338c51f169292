using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.Model;
using QommerceHub.Payments.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Payments.IntegrationEvents.EventHandling;

/// <summary>
/// A cancelled order can no longer be paid, and what was paid for it is refunded automatically, once.
/// Payments decides from its own record of the payment, so a paid order is refunded even if the message's
/// <c>WasPaid</c> was written before Orders heard of the payment.
/// </summary>
public sealed class OrderCancelledConsumer(PaymentsDbContext db, Refunds refunds, TimeProvider clock, ILogger<OrderCancelledConsumer> logger)
    : IdempotentConsumer<OrderCancelled, PaymentsDbContext>(db, logger)
{
    protected override async Task HandleAsync(OrderCancelled message, CancellationToken cancellationToken)
    {
        var order = await Db.PayableOrders.FirstOrDefaultAsync(o => o.OrderId == message.OrderId, cancellationToken);
        if (order is null)
        {
            // Cancelled before its confirmation reached us: remember it, so a late confirmation cannot make it payable.
            order = new PayableOrder { TenantId = message.TenantId, OrderId = message.OrderId };
            Db.PayableOrders.Add(order);
        }
        order.CancelledAt ??= clock.GetUtcNow();
        order.CancellationReason ??= message.Reason;
        await Db.SaveChangesAsync(cancellationToken);

        var payment = await Db.LockByOrderAsync(message.OrderId, cancellationToken);
        if (payment is null)
        {
            if (message.WasPaid) logger.LogWarning("Order {OrderId} was cancelled as paid, but Payments has no payment for it", message.OrderId);
            return;
        }
        await refunds.RefundCancelledOrderAsync(payment, cancellationToken);
    }
}
