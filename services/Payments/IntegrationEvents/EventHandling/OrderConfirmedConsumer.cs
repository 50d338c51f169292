using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Payments.IntegrationEvents.EventHandling;

/// <summary>A confirmed order becomes payable, for the amount and currency Orders confirmed.</summary>
public sealed class OrderConfirmedConsumer(PaymentsDbContext db, ILogger<OrderConfirmedConsumer> logger)
    : IdempotentConsumer<OrderConfirmed, PaymentsDbContext>(db, logger)
{
    protected override async Task HandleAsync(OrderConfirmed message, CancellationToken cancellationToken)
    {
        var order = await Db.PayableOrders.FirstOrDefaultAsync(o => o.OrderId == message.OrderId, cancellationToken);
        if (order is null)
        {
            order = new PayableOrder { TenantId = message.TenantId, OrderId = message.OrderId };
            Db.PayableOrders.Add(order);
        }
        order.CustomerId = message.CustomerId;
        order.CustomerName = message.CustomerName;
        order.CustomerEmail = message.CustomerEmail;
        order.Amount = message.TotalAmount;
        order.Currency = message.Currency.ToUpperInvariant();
        order.PlacedAt = message.PlacedAt;
        order.ConfirmedAt ??= message.OccurredAt;
    }
}
