using System.Net;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class StockLedgerTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task Adjustment_changes_stock_and_appends_a_ledger_row_with_actor_reason_and_reference()
    {
        var store = NewStore();
        var item = await store.CreateAsync(quantity: 10);

        var result = await store.AdjustAsync(item.Id, new { delta = 5, reason = "received", reference = "PO-77" });

        Assert.Equal((15, 15), (result.Item.Quantity, result.Item.AvailableQuantity));
        Assert.Equal((5, 15, "received", "PO-77", "user:7"), (result.Entry.Change, result.Entry.ResultingOnHand, result.Entry.Reason, result.Entry.Reference, result.Entry.Actor));
        var level = await Events.WaitFor<StockLevelChanged>(store.TenantId, e => e.Any(x => x.Reason == "received"), "StockLevelChanged");
        Assert.Equal((15, result.Entry.Id), (level.Single(x => x.Reason == "received").QuantityOnHand, level.Single(x => x.Reason == "received").LedgerEntryId));
    }

    [Fact]
    public async Task Count_sets_on_hand_and_records_the_difference()
    {
        var store = NewStore();
        var item = await store.CreateAsync(quantity: 10);

        var result = await store.AdjustAsync(item.Id, new { counted_quantity = 6, reason = "count" });

        Assert.Equal((-4, 6), (result.Entry.Change, result.Item.Quantity));
    }

    [Fact]
    public async Task Adjustments_that_would_break_stock_rules_are_refused_and_change_nothing()
    {
        var store = NewStore();
        var item = await store.CreateAsync(quantity: 3);

        await InventoryDriver.ProblemAsync(await store.PostAsync($"/api/inventory/{item.Id}/adjustments", new { delta = -4, reason = "damaged" }), HttpStatusCode.Conflict);
        await InventoryDriver.ProblemAsync(await store.PostAsync($"/api/inventory/{item.Id}/adjustments", new { counted_quantity = 3, reason = "count" }), HttpStatusCode.Conflict);

        Assert.Equal(3, (await store.GetAsync(item.Id)).Quantity);
        Assert.Single(await store.LedgerAsync(item.Id));
    }

    [Fact]
    public async Task Stock_reserved_for_orders_cannot_be_written_off()
    {
        var store = NewStore();
        var item = await store.CreateAsync(quantity: 5);
        await PublishAsync(ItemBuilder.OrderPlaced(store.TenantId, ItemBuilder.OrderId(), (item.Id, 4)));
        await Events.WaitFor<StockReserved>(store.TenantId, e => e.Count == 1, "StockReserved");

        var refused = await InventoryDriver.ProblemAsync(await store.PostAsync($"/api/inventory/{item.Id}/adjustments", new { delta = -2, reason = "lost" }), HttpStatusCode.Conflict);

        Assert.Contains("reserved", refused["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public static TheoryData<object, string> BadAdjustments => new()
    {
        { new { delta = 5 }, "reason" },
        { new { delta = 5, reason = "gift" }, "reason" },
        { new { reason = "received" }, "delta" },
        { new { delta = 1, counted_quantity = 4, reason = "count" }, "delta" },
        { new { delta = 0, reason = "correction" }, "delta" },
        { new { delta = 1.5, reason = "received" }, "delta" },
        { new { delta = -2, reason = "received" }, "delta" },
        { new { delta = 2, reason = "damaged" }, "delta" },
        { new { counted_quantity = -1, reason = "count" }, "counted_quantity" },
        { new { counted_quantity = 2.5, reason = "count" }, "counted_quantity" },
    };

    [Theory]
    [MemberData(nameof(BadAdjustments))]
    public async Task Bad_adjustments_name_the_field_at_fault(object adjustment, string field)
    {
        var store = NewStore();
        var item = await store.CreateAsync(quantity: 10);

        var fields = await InventoryDriver.InvalidFieldsAsync(await store.PostAsync($"/api/inventory/{item.Id}/adjustments", adjustment));

        Assert.Contains(field, fields);
        Assert.Equal(10, (await store.GetAsync(item.Id)).Quantity);
    }

    [Fact]
    public async Task Ledger_is_paged_newest_first()
    {
        var store = NewStore();
        var item = await store.CreateAsync(quantity: 1);
        for (var i = 0; i < 4; i++) await store.AdjustAsync(item.Id, new { delta = 1, reason = "received" });

        var page = await InventoryDriver.ReadAsync<PageAnswer<LedgerEntry>>(await store.Client.GetAsync($"/api/inventory/{item.Id}/ledger?limit=2&page=1"), HttpStatusCode.OK);

        Assert.Equal((5, 3), (page.Pagination.Total, page.Pagination.TotalPages));
        Assert.Equal([5, 4], page.Items.Select(e => e.ResultingOnHand));
    }

    [Fact]
    public async Task On_hand_always_equals_the_sum_of_the_ledger_after_random_operations()
    {
        var store = NewStore();
        var item = await store.CreateAsync(quantity: 20);
        var random = new Random(20_240_611);
        var reservedOrders = new List<int>();

        for (var step = 0; step < 40; step++)
            await RandomOperationAsync(store, item.Id, random, reservedOrders);

        var current = await store.GetAsync(item.Id);
        var ledger = await store.LedgerAsync(item.Id);
        Assert.Equal(current.OnHand, ledger.Sum(e => e.Change));
        Assert.Equal(current.ReservedQuantity, ledger.Sum(e => e.ReservedChange));
        var running = 0;
        foreach (var entry in ledger)
        {
            running += entry.Change;
            Assert.Equal(running, entry.ResultingOnHand);
        }
        Assert.Equal(reservedOrders.Count, current.ReservedQuantity);
    }

    /// <summary>One staff edit or order event, chosen at random; waits until its effect is on the ledger.</summary>
    private async Task RandomOperationAsync(InventoryDriver store, int itemId, Random random, List<int> reservedOrders)
    {
        var before = (await store.LedgerAsync(itemId)).Count;
        var item = await store.GetAsync(itemId);
        switch (random.Next(7))
        {
            case 0: await store.AdjustAsync(itemId, new { delta = random.Next(1, 6), reason = "received" }); return;
            case 1 when item.AvailableQuantity > 0: await store.AdjustAsync(itemId, new { delta = -1, reason = "damaged" }); return;
            case 2: await store.PostAsync($"/api/inventory/{itemId}/adjustments", new { counted_quantity = item.ReservedQuantity + random.Next(0, 15), reason = "count" }); return;
            case 3: await store.PutAsync($"/api/inventory/{itemId}", new { quantity = item.ReservedQuantity + random.Next(0, 15) }); return;
            case 4 when item.AvailableQuantity > 0:
                var orderId = ItemBuilder.OrderId();
                await PublishAsync(ItemBuilder.OrderPlaced(store.TenantId, orderId, (itemId, 1)));
                reservedOrders.Add(orderId);
                break;
            case 5 when reservedOrders.Count > 0:
                await PublishAsync(ItemBuilder.OrderCancelled(store.TenantId, Take(reservedOrders, random)));
                break;
            case 6 when reservedOrders.Count > 0:
                await PublishAsync(ItemBuilder.OrderCompleted(store.TenantId, Take(reservedOrders, random)));
                break;
            default: await store.AdjustAsync(itemId, new { delta = 2, reason = "return" }); return;
        }
        await Eventually.Until(() => store.LedgerAsync(itemId), l => l.Count == before + 1, TimeSpan.FromSeconds(10), "the order's ledger row");
    }

    private static int Take(List<int> orders, Random random)
    {
        var index = random.Next(orders.Count);
        var orderId = orders[index];
        orders.RemoveAt(index);
        return orderId;
    }
}
