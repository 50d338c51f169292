using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.Services;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Catalog.IntegrationEvents.EventHandling;

/// <summary>Restocks what a cancelled order held.</summary>
public sealed class OrderCancelledConsumer(CatalogDbContext db, StockReservations reservations, ILogger<OrderCancelledConsumer> logger)
    : IdempotentConsumer<OrderCancelled, CatalogDbContext>(db, logger)
{
    protected override Task HandleAsync(OrderCancelled message, CancellationToken cancellationToken) =>
        reservations.ReleaseAsync(message.TenantId, message.OrderId, cancellationToken);
}
