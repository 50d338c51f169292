using System.Collections.Concurrent;
using MassTransit;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Support;

/// <summary>Everything Catalog publishes, as another service would receive it from RabbitMQ.</summary>
public sealed class BusEvents : IAsyncDisposable
{
    private readonly ConcurrentQueue<IntegrationEvent> received = new();
    private HostReceiveEndpointHandle? handle;

    public static async Task<BusEvents> ListenAsync(IBus bus)
    {
        var events = new BusEvents();
        events.handle = bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance, endpoint =>
        {
            endpoint.Handler<ProductCreated>(events.Record);
            endpoint.Handler<ProductUpdated>(events.Record);
            endpoint.Handler<ProductDeleted>(events.Record);
            endpoint.Handler<ProductRestored>(events.Record);
            endpoint.Handler<StockLevelChanged>(events.Record);
            endpoint.Handler<LowStockDetected>(events.Record);
            endpoint.Handler<StockReserved>(events.Record);
            endpoint.Handler<StockReservationFailed>(events.Record);
            endpoint.Handler<StockReleased>(events.Record);
        });
        await events.handle.Ready;
        return events;
    }

    public IReadOnlyList<T> Of<T>(int tenantId) where T : IntegrationEvent =>
        received.OfType<T>().Where(e => e.TenantId == tenantId).ToList();

    /// <summary>Polls until the tenant's events of that type satisfy <paramref name="done"/>.</summary>
    public Task<IReadOnlyList<T>> WaitFor<T>(int tenantId, Func<IReadOnlyList<T>, bool> done, string what, int seconds = 15)
        where T : IntegrationEvent =>
        Eventually.Until(() => Task.FromResult(Of<T>(tenantId)), done, TimeSpan.FromSeconds(seconds), what);

    public async ValueTask DisposeAsync()
    {
        if (handle is not null) await handle.StopAsync();
    }

    private Task Record<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is IntegrationEvent message) received.Enqueue(message);
        return Task.CompletedTask;
    }
}
