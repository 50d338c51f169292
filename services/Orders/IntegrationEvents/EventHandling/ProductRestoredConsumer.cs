using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Orders.IntegrationEvents.EventHandling;

/// <summary>A restored product can be ordered again.</summary>
public sealed class ProductRestoredConsumer(OrdersDbContext db, ProductReplica replica, ILogger<ProductRestoredConsumer> logger)
    : IdempotentBatchConsumer<ProductRestored, OrdersDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductRestored> messages, CancellationToken cancellationToken) =>
        replica.LoadAsync(messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override Task HandleAsync(ProductRestored message, CancellationToken cancellationToken) =>
        replica.RestoredAsync(message, cancellationToken);
}
