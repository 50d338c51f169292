using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Orders.IntegrationEvents.EventHandling;

/// <summary>Catalog could not hold every line: the order is cancelled for insufficient stock.</summary>
public sealed class StockReservationFailedConsumer(OrdersDbContext db, OrderSaga saga, ILogger<StockReservationFailedConsumer> logger)
    : IdempotentConsumer<StockReservationFailed, OrdersDbContext>(db, logger)
{
    protected override Task HandleAsync(StockReservationFailed message, CancellationToken cancellationToken) =>
        saga.StockReservationFailedAsync(message, cancellationToken);
}
