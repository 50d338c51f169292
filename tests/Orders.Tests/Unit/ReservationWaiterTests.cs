using Microsoft.Extensions.Time.Testing;
using QommerceHub.Orders.Model;
using QommerceHub.Orders.Services;

namespace QommerceHub.Orders.Tests.Unit;

public class ReservationWaiterTests
{
    private static readonly TimeSpan wait = TimeSpan.FromSeconds(5);

    private static Order NewOrder() => Order.Place(
        tenantId: 1, new CustomerSnapshot(3, "Ada", "ada@example.test", null),
        OrderPricing.Price([new RequestedLine(1, 2)], new Dictionary<int, SellableProduct> { [1] = new(1, "Mug", "MUG-1", 2m) }),
        "USD", notes: null, DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task The_waiting_placement_gets_the_order_the_saga_committed()
    {
        var waiter = new ReservationWaiter();
        var settled = NewOrder();
        settled.StockReserved(DateTimeOffset.UnixEpoch);
        using var watch = waiter.Watch(settled.Id);

        var waiting = watch.WaitAsync(wait, new FakeTimeProvider(), CancellationToken.None);
        waiter.Settled(settled);

        Assert.Same(settled, await waiting);
    }

    [Fact]
    public async Task A_signal_before_the_wait_is_not_lost()
    {
        var waiter = new ReservationWaiter();
        var settled = NewOrder();
        using var watch = waiter.Watch(settled.Id);

        waiter.Settled(settled);

        Assert.Same(settled, await watch.WaitAsync(wait, new FakeTimeProvider(), CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_signal_the_wait_ends_empty_at_its_timeout_and_a_consumed_signal_is_not_heard_twice()
    {
        var waiter = new ReservationWaiter();
        var clock = new FakeTimeProvider();
        var settled = NewOrder();
        using var watch = waiter.Watch(settled.Id);
        waiter.Settled(settled);
        await watch.WaitAsync(wait, clock, CancellationToken.None);

        var waiting = watch.WaitAsync(wait, clock, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        clock.Advance(wait);

        Assert.Null(await waiting);
    }

    [Fact]
    public async Task A_disposed_watch_hears_nothing_more()
    {
        var waiter = new ReservationWaiter();
        var clock = new FakeTimeProvider();
        var settled = NewOrder();
        var watch = waiter.Watch(settled.Id);
        watch.Dispose();

        waiter.Settled(settled);
        var waiting = watch.WaitAsync(wait, clock, CancellationToken.None);
        clock.Advance(wait);

        Assert.Null(await waiting);
    }
}
