using System.Collections.Concurrent;
using MassTransit;
using QommerceHub.Contracts;

namespace QommerceHub.Testing;

/// <summary>Events a service publishes, as another service would receive them from RabbitMQ.</summary>
public sealed class BusEvents : IAsyncDisposable
{
    private readonly ConcurrentQueue<IntegrationEvent> received = new();
    private HostReceiveEndpointHandle? handle;

    /// <summary>Listens on a temporary queue to the event types <paramref name="subscribe"/> names.</summary>
    public static async Task<BusEvents> ListenAsync(IBus bus, Action<Subscription> subscribe)
    {
        var events = new BusEvents();
        events.handle = bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance,
            endpoint => subscribe(new Subscription(endpoint, events)));
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

    public sealed class Subscription(IReceiveEndpointConfigurator endpoint, BusEvents events)
    {
        public Subscription To<T>() where T : IntegrationEvent
        {
            endpoint.Handler<T>(events.Record);
            return this;
        }
    }
}
