using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Payments.IntegrationEvents.EventHandling;

/// <summary>Knows an order before it is confirmed, so paying it early is a clear 409 rather than an unknown order.</summary>
public sealed class OrderPlacedConsumer(PaymentsDbContext db, ILogger<OrderPlacedConsumer> logger)
    : IdempotentConsumer<OrderPlaced, PaymentsDbContext>(db, logger)
{
    protected override async Task HandleAsync(OrderPlaced message, CancellationToken cancellationToken)
    {
        var order = await Db.PayableOrders.FirstOrDefaultAsync(o => o.OrderId == message.OrderId, cancellationToken);
        if (order is null)
        {
            order = new PayableOrder { TenantId = message.TenantId, OrderId = message.OrderId };
            Db.PayableOrders.Add(order);
        }
        order.PlacedAt ??= message.OccurredAt;
        order.CustomerId ??= message.CustomerId;
        // A confirmation that overtook this message already carries the amount to charge: keep it.
        if (order.IsConfirmed) return;
        order.Amount = message.TotalAmount;
        order.Currency = message.Currency.ToUpperInvariant();
    }
}
