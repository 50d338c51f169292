using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.Services;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Catalog.IntegrationEvents.EventHandling;

/// <summary>Turns a completed order's reservation into a sale: the units leave the shelf.</summary>
public sealed class OrderStatusChangedConsumer(CatalogDbContext db, StockReservations reservations, ILogger<OrderStatusChangedConsumer> logger)
    : IdempotentConsumer<OrderStatusChanged, CatalogDbContext>(db, logger)
{
    public const string CompletedStatus = "completed";

    protected override Task HandleAsync(OrderStatusChanged message, CancellationToken cancellationToken) =>
        string.Equals(message.Status, CompletedStatus, StringComparison.OrdinalIgnoreCase)
            ? reservations.SellAsync(message.OrderId, cancellationToken)
            : Task.CompletedTask;
}
