using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.Services;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Catalog.IntegrationEvents.EventHandling;

/// <summary>Reserves every line of a new order or none (saga step 2).</summary>
public sealed class OrderPlacedConsumer(CatalogDbContext db, StockReservations reservations, ILogger<OrderPlacedConsumer> logger)
    : IdempotentConsumer<OrderPlaced, CatalogDbContext>(db, logger)
{
    protected override Task HandleAsync(OrderPlaced message, CancellationToken cancellationToken) =>
        reservations.ReserveAsync(message, cancellationToken);
}
