using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Orders.IntegrationEvents.EventHandling;

/// <summary>Payments took the money: the order is paid.</summary>
public sealed class PaymentSucceededConsumer(OrdersDbContext db, OrderSaga saga, ILogger<PaymentSucceededConsumer> logger)
    : IdempotentConsumer<PaymentSucceeded, OrdersDbContext>(db, logger)
{
    protected override Task HandleAsync(PaymentSucceeded message, CancellationToken cancellationToken) =>
        saga.PaymentSucceededAsync(message, cancellationToken);
}
