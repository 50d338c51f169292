using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Orders.IntegrationEvents.EventHandling;

/// <summary>A deleted product can no longer be ordered; existing orders keep their snapshot.</summary>
public sealed class ProductDeletedConsumer(OrdersDbContext db, ProductReplica replica, ILogger<ProductDeletedConsumer> logger)
    : IdempotentBatchConsumer<ProductDeleted, OrdersDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductDeleted> messages, CancellationToken cancellationToken) =>
        replica.LoadAsync(messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override Task HandleAsync(ProductDeleted message, CancellationToken cancellationToken) =>
        replica.DeletedAsync(message, cancellationToken);
}
