using QommerceHub.Analytics.Tests.Support;
using QommerceHub.Contracts;
using QommerceHub.Testing;
using static QommerceHub.Analytics.Tests.Support.SalesJson;

namespace QommerceHub.Analytics.Tests.Service;

/// <summary>Events arrive late, early and twice; the figures must end up as if they had come once and in order.</summary>
public sealed class EventOrderTests(InfrastructureFixture infrastructure, AnalyticsHost host) : AnalyticsApiTestBase(infrastructure, host)
{
    private const string Day = "from=2025-02-10&to=2025-02-10";
    private static readonly DateTimeOffset noon = At("2025-02-10T12:00:00Z");
    private static readonly Line cake = new(7, "Cake", 2, 9.50m);

    [Fact]
    public async Task A_cancel_arriving_before_its_confirm_still_leaves_no_revenue()
    {
        var store = NewStore();
        await store.PublishAsync(store.Events.Cancellation(1), store.Events.Order(1, 1, "Ada", noon, cake));

        var sales = await store.SalesAsync(Day);
        AssertRevenue(sales["revenue"]!, 0m, 0, 0m);
        Assert.Equal(["pending 0", "processing 0", "completed 0", "cancelled 1"], Statuses(sales));
        Assert.Empty(Products(sales));
        Assert.Empty(Customers(sales));
    }

    [Fact]
    public async Task Status_and_refund_arriving_before_the_confirm_are_kept()
    {
        var store = NewStore();
        var e = store.Events;
        await store.PublishAsync(e.Status(1, "processing", "completed"), e.Refund(1, 4.00m), e.Status(1, "pending", "processing"), e.Order(1, 1, "Ada", noon, cake));

        var sales = await store.SalesAsync(Day);
        AssertRevenue(sales["revenue"]!, 15.00m, 1, 15.00m);
        Assert.Equal(["pending 0", "processing 0", "completed 1", "cancelled 0"], Statuses(sales));
        Assert.Equal(["7 Cake 2 19.00"], Products(sales));
        Assert.Equal(["1 Ada 1 15.00"], Customers(sales));
    }

    [Fact]
    public async Task A_redelivered_confirm_counts_once()
    {
        var store = NewStore();
        var confirmed = store.Events.Order(1, 1, "Ada", noon, cake);
        await store.PublishAsync(confirmed, confirmed, confirmed with { MessageId = Guid.NewGuid() });

        Assert.Equal(2, Host.Consumed.Count(confirmed.MessageId));
        var sales = await store.SalesAsync(Day);
        AssertRevenue(sales["revenue"]!, 19.00m, 1, 19.00m);
        Assert.Equal(["7 Cake 2 19.00"], Products(sales));
    }

    [Fact]
    public async Task Confirmations_arriving_together_count_each_order_once_in_its_own_hour_and_day()
    {
        var store = NewStore();
        var e = store.Events;
        var first = e.Order(1, 1, "Ada", noon, cake);
        IntegrationEvent[] confirmations =
        [
            first, first, first with { MessageId = Guid.NewGuid() },
            e.Order(2, 2, "Ben", noon.AddMinutes(20), cake),
            e.Order(3, 1, "Ada", noon.AddHours(3), new Line(8, "Tea", 1, 4.00m)),
            e.Order(4, 2, "Ben", noon.AddDays(1), cake),
        ];

        // Published at once, so they reach the consumer in one batch or a few, not one by one.
        await Task.WhenAll(confirmations.Select(Host.PublishAsync));

        var sales = await store.SalesAsync("from=2025-02-10&to=2025-02-11");
        AssertRevenue(sales["revenue"]!, 61.00m, 4, 15.25m);
        Assert.Equal(["2025-02-10 42.00 3", "2025-02-11 19.00 1"], Days(sales));
        Assert.Equal(["pending 4", "processing 0", "completed 0", "cancelled 0"], Statuses(sales));
        Assert.Equal(["7 Cake 6 57.00", "8 Tea 1 4.00"], Products(sales));
        Assert.Equal(["2 Ben 2 38.00", "1 Ada 2 23.00"], Customers(sales));
    }

    [Fact]
    public async Task Refunds_report_a_running_total_so_an_older_one_arriving_late_changes_nothing()
    {
        var store = NewStore();
        var e = store.Events;
        await store.PublishAsync(e.Order(1, 1, "Ada", noon, cake), e.Refund(1, 10.00m), e.Refund(1, 5.00m));

        AssertRevenue((await store.SalesAsync(Day))["revenue"]!, 9.00m, 1, 9.00m);
    }

    [Fact]
    public async Task Older_product_and_stock_events_do_not_overwrite_newer_ones()
    {
        var store = NewStore();
        var e = store.Events;
        await store.PublishAsync(
            e.Stock(5, onHand: 2, reserved: 0, ledgerEntryId: 9),
            e.ProductUpdate(5, "Tea (new)", 4.00m, version: 3, threshold: 3),
            e.Product(5, "Tea", 3.00m, onHand: 50, threshold: 1),
            e.ProductUpdate(5, "Tea (old)", 3.50m, version: 2, threshold: 1),
            e.Stock(5, onHand: 40, reserved: 0, ledgerEntryId: 4));

        var inventory = await store.InventoryAsync();
        Assert.Equal(1, inventory["total_products"]!.GetValue<int>());
        Assert.Equal(2, inventory["total_quantity"]!.GetValue<long>());
        Assert.Equal(8.00m, inventory["total_value"]!.GetValue<decimal>());
        Assert.Equal(["5 Tea (new) SKU-5 2 3"], LowStock(inventory));
    }

    [Fact]
    public async Task A_deletion_arriving_before_the_creation_keeps_the_item_out_of_inventory()
    {
        var store = NewStore();
        await store.PublishAsync(store.Events.ProductDeletion(6, version: 2), store.Events.Product(6, "Mug", 5m, onHand: 0));

        var inventory = await store.InventoryAsync();
        Assert.Equal(0, inventory["total_products"]!.GetValue<int>());
        Assert.Empty(LowStock(inventory));
    }

    [Fact]
    public async Task Top_lists_show_the_catalog_and_customer_names_whichever_came_first()
    {
        var store = NewStore();
        var e = store.Events;
        await store.PublishAsync(
            e.Order(1, 1, "Ada (at checkout)", noon, cake),
            e.ProductUpdate(7, "Carrot cake", 9.50m, version: 2),
            e.Customer(1, "Ada Lovelace"));

        var sales = await store.SalesAsync(Day);
        Assert.Equal(["7 Carrot cake 2 19.00"], Products(sales));
        Assert.Equal(["1 Ada Lovelace 1 19.00"], Customers(sales));
    }
}
