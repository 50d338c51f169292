using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Orders.IntegrationEvents.EventHandling;

/// <summary>Payments returned money: the order is partially or fully refunded.</summary>
public sealed class PaymentRefundedConsumer(OrdersDbContext db, OrderSaga saga, ILogger<PaymentRefundedConsumer> logger)
    : IdempotentConsumer<PaymentRefunded, OrdersDbContext>(db, logger)
{
    protected override Task HandleAsync(PaymentRefunded message, CancellationToken cancellationToken) =>
        saga.PaymentRefundedAsync(message, cancellationToken);
}
