using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Orders.IntegrationEvents.EventHandling;

/// <summary>Catalog holds the order's stock: confirm the order (or release it if it was cancelled meanwhile).</summary>
public sealed class StockReservedConsumer(OrdersDbContext db, OrderSaga saga, ILogger<StockReservedConsumer> logger)
    : IdempotentConsumer<StockReserved, OrdersDbContext>(db, logger)
{
    protected override Task HandleAsync(StockReserved message, CancellationToken cancellationToken) =>
        saga.StockReservedAsync(message, cancellationToken);
}
