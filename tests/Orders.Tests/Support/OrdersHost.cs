using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;

namespace QommerceHub.Orders.Tests.Support;

/// <summary>
/// Orders for the test run, with a fake Catalog answering reservations, a listener for what Orders publishes and an
/// observer of what it consumed.
/// </summary>
public sealed class OrdersHost : SharedServiceHost<OrdersService>
{
    /// <summary>
    /// Generous, so "reserved within the wait" holds on a loaded shared machine; only the few tests of undecided
    /// orders pay it in full.
    /// </summary>
    public const double ReservationWaitSeconds = 8;

    public BusEvents Events { get; private set; } = null!;
    public FakeCatalog Catalog { get; private set; } = null!;
    public ConsumedMessages Consumed { get; private set; } = null!;
    public OutboxProbe Outbox => new(Factory.Services);

    protected override WebApplicationFactory<OrdersService> Create(InfrastructureFixture infrastructure) =>
        infrastructure.CreateService<OrdersService>("orders", new Dictionary<string, string?>
        {
            ["Orders:ReservationWaitSeconds"] = ReservationWaitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    protected override async Task OnStartedAsync(WebApplicationFactory<OrdersService> started)
    {
        var bus = started.Services.GetRequiredService<IBus>();
        Events = await OrdersEvents.ListenAsync(bus);
        Catalog = await FakeCatalog.ListenAsync(bus);
        Consumed = ConsumedMessages.Observe(bus);
    }

    protected override async ValueTask OnStoppingAsync()
    {
        Consumed.Dispose();
        await Catalog.DisposeAsync();
        await Events.DisposeAsync();
    }
}
