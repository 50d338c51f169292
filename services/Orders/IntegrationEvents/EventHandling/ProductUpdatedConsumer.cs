using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Orders.IntegrationEvents.EventHandling;

/// <summary>Applies a product's new name, SKU or price; an older version than the replica holds is ignored.</summary>
public sealed class ProductUpdatedConsumer(OrdersDbContext db, ProductReplica replica, ILogger<ProductUpdatedConsumer> logger)
    : IdempotentBatchConsumer<ProductUpdated, OrdersDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductUpdated> messages, CancellationToken cancellationToken) =>
        replica.LoadAsync(messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override Task HandleAsync(ProductUpdated message, CancellationToken cancellationToken) =>
        replica.UpdatedAsync(message, cancellationToken);
}
