using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Support;

/// <summary>
/// Starts Orders once for the test run (start-up and migrations are the slow part), with a fake Catalog answering
/// reservations, a listener for what Orders publishes and an observer of what it consumed.
/// Started lazily because a collection fixture cannot receive the infrastructure fixture.
/// </summary>
public sealed class OrdersHost : IAsyncDisposable
{
    /// <summary>
    /// Generous, so "reserved within the wait" holds on a loaded shared machine; only the few tests of undecided
    /// orders pay it in full.
    /// </summary>
    public const double ReservationWaitSeconds = 8;

    private readonly SemaphoreSlim gate = new(1, 1);
    private ServiceFactory<OrdersService>? factory;

    public ServiceFactory<OrdersService> Factory => factory ?? throw new InvalidOperationException("Call StartAsync first");
    public BusEvents Events { get; private set; } = null!;
    public FakeCatalog Catalog { get; private set; } = null!;
    public ConsumedMessages Consumed { get; private set; } = null!;
    public OutboxProbe Outbox => new(Factory.Services);
    public IBus Bus => Factory.Services.GetRequiredService<IBus>();

    public async Task StartAsync(InfrastructureFixture infrastructure)
    {
        await gate.WaitAsync();
        try
        {
            if (factory is not null) return;
            var started = infrastructure.CreateService<OrdersService>("orders", new Dictionary<string, string?>
            {
                ["Orders:ReservationWaitSeconds"] = ReservationWaitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            _ = started.Server; // builds the host: migrations run, the bus starts
            var bus = started.Services.GetRequiredService<IBus>();
            Events = await OrdersEvents.ListenAsync(bus);
            Catalog = await FakeCatalog.ListenAsync(bus);
            Consumed = ConsumedMessages.Observe(bus);
            factory = started;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            Consumed.Dispose();
            await Catalog.DisposeAsync();
            await Events.DisposeAsync();
            await factory.DisposeAsync();
        }
        gate.Dispose();
    }
}
