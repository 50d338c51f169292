using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class ReservationTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task Order_within_stock_reserves_every_line()
    {
        var store = NewStore();
        var mug = await store.CreateAsync(quantity: 5);
        var plate = await store.CreateAsync(quantity: 2);
        var orderId = ItemBuilder.OrderId();

        await PublishAsync(ItemBuilder.OrderPlaced(store.TenantId, orderId, (mug.Id, 3), (plate.Id, 2)));

        var reserved = await Events.WaitFor<StockReserved>(store.TenantId, e => e.Count == 1, "StockReserved");
        Assert.Equal(orderId, reserved[0].OrderId);
        var after = await store.GetAsync(mug.Id);
        Assert.Equal((5, 3, 2), (after.OnHand, after.ReservedQuantity, after.AvailableQuantity));
        var entry = (await store.LedgerAsync(mug.Id)).Last();
        Assert.Equal(("reservation", 0, 3, $"order:{orderId}"), (entry.Reason, entry.Change, entry.ReservedChange, entry.Reference));
    }

    [Fact]
    public async Task Quantity_is_the_sellable_count_and_writing_it_keeps_the_reservations()
    {
        var store = NewStore();
        var mug = await store.CreateAsync(quantity: 5);
        await PublishAsync(ItemBuilder.OrderPlaced(store.TenantId, ItemBuilder.OrderId(), (mug.Id, 3)));
        await Events.WaitFor<StockReserved>(store.TenantId, e => e.Count == 1, "StockReserved");
        Assert.Equal(2, (await store.GetAsync(mug.Id)).Quantity);

        var edited = await InventoryDriver.ReadAsync<QommerceHub.Catalog.Apis.Dtos.InventoryItem>(
            await store.PutAsync($"/api/inventory/{mug.Id}", new { quantity = 4 }), System.Net.HttpStatusCode.OK);

        Assert.Equal((4, 7, 3), (edited.Quantity, edited.OnHand, edited.ReservedQuantity));
        Assert.Equal(("correction", 2), ((await store.LedgerAsync(mug.Id)).Last().Reason, (await store.LedgerAsync(mug.Id)).Last().Change));
    }

    [Fact]
    public async Task Order_with_a_short_line_reserves_nothing_and_reports_each_shortfall()
    {
        var store = NewStore();
        var mug = await store.CreateAsync(quantity: 5);
        var plate = await store.CreateAsync(quantity: 1);
        var orderId = ItemBuilder.OrderId();

        await PublishAsync(ItemBuilder.OrderPlaced(store.TenantId, orderId, (mug.Id, 3), (plate.Id, 2), (999_999_999, 1)));

        var failed = await Events.WaitFor<StockReservationFailed>(store.TenantId, e => e.Count == 1, "StockReservationFailed");
        Assert.Equal(orderId, failed[0].OrderId);
        Assert.Equal([new StockShortfall(plate.Id, 2, 1), new StockShortfall(999_999_999, 1, 0)], failed[0].Shortfalls);
        Assert.Equal(0, (await store.GetAsync(mug.Id)).ReservedQuantity);
        Assert.Empty(Events.Of<StockReserved>(store.TenantId));
    }

    [Fact]
    public async Task Cancelled_order_puts_its_reserved_stock_back_on_sale()
    {
        var store = NewStore();
        var mug = await store.CreateAsync(quantity: 5);
        var orderId = ItemBuilder.OrderId();
        await PublishAsync(ItemBuilder.OrderPlaced(store.TenantId, orderId, (mug.Id, 4)));
        await Events.WaitFor<StockReserved>(store.TenantId, e => e.Count == 1, "StockReserved");

        await PublishAsync(ItemBuilder.OrderCancelled(store.TenantId, orderId));

        await Events.WaitFor<StockReleased>(store.TenantId, e => e.Count == 1 && e[0].OrderId == orderId, "StockReleased");
        var after = await store.GetAsync(mug.Id);
        Assert.Equal((5, 0, 5), (after.OnHand, after.ReservedQuantity, after.AvailableQuantity));
        Assert.Equal("release", (await store.LedgerAsync(mug.Id)).Last().Reason);
    }

    [Fact]
    public async Task Completed_order_takes_its_units_off_the_shelf()
    {
        var store = NewStore();
        var mug = await store.CreateAsync(quantity: 5);
        var orderId = ItemBuilder.OrderId();
        await PublishAsync(ItemBuilder.OrderPlaced(store.TenantId, orderId, (mug.Id, 2)));
        await Events.WaitFor<StockReserved>(store.TenantId, e => e.Count == 1, "StockReserved");

        await PublishAsync(ItemBuilder.OrderCompleted(store.TenantId, orderId));

        var sale = await Eventually.Until(() => store.LedgerAsync(mug.Id), l => l.Last().Reason == "sale", TimeSpan.FromSeconds(10), "the sale");
        Assert.Equal((-2, -2, 3, 0), (sale.Last().Change, sale.Last().ReservedChange, sale.Last().ResultingOnHand, sale.Last().ResultingReserved));
    }

    [Fact]
    public async Task Redelivered_messages_change_nothing()
    {
        var store = NewStore();
        var mug = await store.CreateAsync(quantity: 5);
        var orderId = ItemBuilder.OrderId();
        var placed = ItemBuilder.OrderPlaced(store.TenantId, orderId, (mug.Id, 2));
        var cancelled = ItemBuilder.OrderCancelled(store.TenantId, orderId);

        await PublishAsync(placed);
        await PublishAsync(placed);
        await Events.WaitFor<StockReserved>(store.TenantId, e => e.Count == 1, "StockReserved");
        await PublishAsync(cancelled);
        await PublishAsync(cancelled);
        await Events.WaitFor<StockReleased>(store.TenantId, e => e.Count == 1, "StockReleased");
        // A later order is the marker: once it is answered, the duplicates above have been handled too.
        await PublishAsync(placed);
        await PublishAsync(ItemBuilder.OrderPlaced(store.TenantId, ItemBuilder.OrderId(), (mug.Id, 1)));
        await Events.WaitFor<StockReserved>(store.TenantId, e => e.Count == 2, "the marker order");

        Assert.Equal(["created", "reservation", "release", "reservation"], (await store.LedgerAsync(mug.Id)).Select(e => e.Reason));
        Assert.Single(Events.Of<StockReleased>(store.TenantId));
        Assert.Equal(1, (await store.GetAsync(mug.Id)).ReservedQuantity);
    }

    [Fact]
    public async Task Fifty_concurrent_orders_for_the_last_unit_reserve_it_exactly_once()
    {
        var store = NewStore();
        var lastOne = await store.CreateAsync(quantity: 1);
        var orders = Enumerable.Range(0, 60).Select(_ => ItemBuilder.OrderPlaced(store.TenantId, ItemBuilder.OrderId(), (lastOne.Id, 1))).ToList();

        await Task.WhenAll(orders.Select(PublishAsync));

        await Eventually.Until(
            () => Task.FromResult(Events.Of<StockReserved>(store.TenantId).Count + Events.Of<StockReservationFailed>(store.TenantId).Count),
            answered => answered == orders.Count, TimeSpan.FromSeconds(30), "an answer to every order");
        Assert.Single(Events.Of<StockReserved>(store.TenantId));
        Assert.All(Events.Of<StockReservationFailed>(store.TenantId), f => Assert.Equal([new StockShortfall(lastOne.Id, 1, 0)], f.Shortfalls));
        var after = await store.GetAsync(lastOne.Id);
        Assert.Equal((1, 1, 0), (after.OnHand, after.ReservedQuantity, after.AvailableQuantity));
    }
}
