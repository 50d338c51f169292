using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Orders.IntegrationEvents.EventHandling;

/// <summary>Applies a new Catalog product to the replica.</summary>
public sealed class ProductCreatedConsumer(OrdersDbContext db, ProductReplica replica, ILogger<ProductCreatedConsumer> logger)
    : IdempotentBatchConsumer<ProductCreated, OrdersDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductCreated> messages, CancellationToken cancellationToken) =>
        replica.LoadAsync(messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override Task HandleAsync(ProductCreated message, CancellationToken cancellationToken) =>
        replica.CreatedAsync(message, cancellationToken);
}
