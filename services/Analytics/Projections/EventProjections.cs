using QommerceHub.Analytics.Live;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Projections;

/// <summary>Routes each projected event to the projection that owns it; the same path serves live consumers and replay.</summary>
public sealed class EventProjections(OrderProjection orders, CatalogProjection catalog, CustomerProjection customers)
{
    /// <summary>Every event the read model is built from, by the name the event log stores.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Projected = new[]
    {
        typeof(OrderConfirmed), typeof(OrderStatusChanged), typeof(OrderCancelled), typeof(PaymentRefunded),
        typeof(ProductCreated), typeof(ProductUpdated), typeof(ProductDeleted), typeof(ProductRestored),
        typeof(StockLevelChanged), typeof(LowStockDetected),
        typeof(CustomerCreated), typeof(CustomerUpdated), typeof(CustomerDeleted),
    }.ToDictionary(t => t.Name);

    public async Task<SalesUpdate?> ApplyAsync(IntegrationEvent message, CancellationToken cancellationToken) => message switch
    {
        OrderConfirmed m => await orders.ApplyAsync(m, cancellationToken),
        OrderStatusChanged m => await orders.ApplyAsync(m, cancellationToken),
        OrderCancelled m => await orders.ApplyAsync(m, cancellationToken),
        PaymentRefunded m => await orders.ApplyAsync(m, cancellationToken),
        ProductCreated m => await catalog.ApplyAsync(m, cancellationToken),
        ProductUpdated m => await catalog.ApplyAsync(m, cancellationToken),
        ProductDeleted m => await catalog.ApplyAsync(m, cancellationToken),
        ProductRestored m => await catalog.ApplyAsync(m, cancellationToken),
        StockLevelChanged m => await catalog.ApplyAsync(m, cancellationToken),
        LowStockDetected m => await catalog.ApplyAsync(m, cancellationToken),
        CustomerCreated m => await customers.ApplyAsync(m, cancellationToken),
        CustomerUpdated m => await customers.ApplyAsync(m, cancellationToken),
        CustomerDeleted m => await customers.ApplyAsync(m, cancellationToken),
        _ => throw new ArgumentException($"{message.GetType().Name} is not projected by Analytics", nameof(message)),
    };
}
