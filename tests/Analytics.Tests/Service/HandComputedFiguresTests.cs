using QommerceHub.Analytics.Tests.Support;
using QommerceHub.Testing;
using static QommerceHub.Analytics.Tests.Support.SalesJson;

namespace QommerceHub.Analytics.Tests.Service;

/// <summary>
/// One store's January, worked out by hand: orders on both sides of local and UTC midnight, a cancelled order,
/// a partial and a full refund, and stock at, below and above the thresholds.
/// </summary>
public sealed class HandComputedFiguresTests(InfrastructureFixture infrastructure, AnalyticsHost host) : AnalyticsApiTestBase(infrastructure, host)
{
    private const string Period = "from=2025-01-14&to=2025-01-16";

    [Fact]
    public async Task New_York_days_split_orders_at_local_midnight()
    {
        var store = await SeedJanuaryAsync();
        var sales = await store.SalesAsync(Period + "&tz=America/New_York");

        Assert.Equal("2025-01-14", sales["period"]!["from"]!.GetValue<string>());
        Assert.Equal("2025-01-16", sales["period"]!["to"]!.GetValue<string>());
        Assert.Equal(3, sales["period"]!["days"]!.GetValue<int>());
        AssertRevenue(sales["revenue"]!, 158.00m, 4, 39.50m);
        AssertRevenue(sales["previous_period"]!, 105.00m, 2, 52.50m);
        Assert.Equal(50.48m, sales["previous_period"]!["change_percent"]!.GetValue<decimal>());
        Assert.Equal(["2025-01-14 126.00 2", "2025-01-15 0.00 0", "2025-01-16 32.00 2"], Days(sales));
        Assert.Equal(["pending 2", "processing 1", "completed 1", "cancelled 1"], Statuses(sales));
        Assert.Equal(["101 Grinder 1 80.00", "100 Espresso beans 5 62.50", "102 Filter papers 16 51.20"], Products(sales));
        Assert.Equal(["1 Ada 2 96.00", "2 Ben 2 62.00"], Customers(sales));
        Assert.Equal(["102 Filter papers SKU-102 0 10", "101 Grinder SKU-101 2 5"], LowStock(sales));
        Assert.Equal(["5 32.00 processing", "7 15.70 pending", "4 160.00 cancelled", "3 50.00 pending", "2 96.00 completed"], RecentOrders(sales));
    }

    [Fact]
    public async Task The_same_orders_fall_on_other_days_in_UTC()
    {
        var store = await SeedJanuaryAsync();
        var sales = await store.SalesAsync(Period);

        Assert.Equal("UTC", sales["period"]!["time_zone"]!.GetValue<string>());
        AssertRevenue(sales["revenue"]!, 151.00m, 4, 37.75m);
        AssertRevenue(sales["previous_period"]!, 80.00m, 1, 80.00m);
        Assert.Equal(88.75m, sales["previous_period"]!["change_percent"]!.GetValue<decimal>());
        Assert.Equal(["2025-01-14 121.00 2", "2025-01-15 30.00 1", "2025-01-16 0.00 1"], Days(sales));
        Assert.Equal(["pending 3", "processing 0", "completed 1", "cancelled 1"], Statuses(sales));
        Assert.Equal(["100 Espresso beans 7 87.50", "101 Grinder 1 80.00", "102 Filter papers 6 19.20"], Products(sales));
        Assert.Equal(["1 Ada 3 121.00", "2 Ben 1 30.00"], Customers(sales));
    }

    [Fact]
    public async Task Kolkata_days_start_at_half_past_the_hour_in_UTC()
    {
        var store = NewStore();
        var e = store.Events;
        Line Tea(int n) => new(1, "Chai", n, 10.00m);
        await store.PublishAsync(
            e.Order(1, 1, "Ada", At("2025-03-09T18:29:00Z"), Tea(1)),
            e.Order(2, 1, "Ada", At("2025-03-09T18:30:00Z"), Tea(2)),
            e.Order(3, 2, "Ben", At("2025-03-10T18:29:59Z"), Tea(3)),
            e.Order(4, 2, "Ben", At("2025-03-10T18:30:00Z"), Tea(4)),
            e.Order(5, 2, "Ben", At("2025-03-11T18:30:00Z"), Tea(5)));

        var sales = await store.SalesAsync("from=2025-03-10&to=2025-03-11&tz=Asia/Kolkata");

        AssertRevenue(sales["revenue"]!, 90.00m, 3, 30.00m);
        AssertRevenue(sales["previous_period"]!, 10.00m, 1, 10.00m);
        Assert.Equal(800.00m, sales["previous_period"]!["change_percent"]!.GetValue<decimal>());
        Assert.Equal(["2025-03-10 50.00 2", "2025-03-11 40.00 1"], Days(sales));
        Assert.Equal(["2 Ben 2 70.00", "1 Ada 1 20.00"], Customers(sales));
    }

    [Fact]
    public async Task Inventory_counts_active_items_and_stock_by_available_units()
    {
        var store = await SeedJanuaryAsync();
        var inventory = await store.InventoryAsync();

        Assert.Equal(3, inventory["total_products"]!.GetValue<int>());
        // Sellable units, as the original's quantity: the grinder's reserved unit is not counted.
        Assert.Equal(32, inventory["total_quantity"]!.GetValue<long>());
        Assert.Equal(535.00m, inventory["total_value"]!.GetValue<decimal>());
        Assert.Equal(2, inventory["low_stock_count"]!.GetValue<int>());
        Assert.Equal(1, inventory["out_of_stock_count"]!.GetValue<int>());
        Assert.Equal(["102 Filter papers SKU-102 0 10", "101 Grinder SKU-101 2 5"], LowStock(inventory));
    }

    /// <summary>
    /// O1 Jan 13 23:59 New York (04:59Z on the 14th), O2 at New York midnight, O3 late evening (next UTC day, part
    /// refunded), O4 cancelled, O5 one second before the period ends in New York, O6 just after, O7 fully refunded
    /// but not cancelled, O8 in the previous period. Product 103 is deleted and must not count as inventory.
    /// </summary>
    private async Task<StoreDriver> SeedJanuaryAsync()
    {
        var store = NewStore();
        var e = store.Events;
        Line Beans(int n) => new(100, "Espresso beans", n, 12.50m);
        Line Grinder(int n) => new(101, "Grinder", n, 80.00m);
        Line Filters(int n) => new(102, "Filter papers", n, 3.20m);
        await store.PublishAsync(
            e.Product(100, "Espresso beans", 12.50m, onHand: 30, threshold: 5),
            e.Product(101, "Grinder", 80.00m, onHand: 3, threshold: 5),
            e.Product(102, "Filter papers", 3.20m, onHand: 0, threshold: 10),
            e.Product(103, "Old kettle", 20m, onHand: 0),
            e.ProductDeletion(103, version: 2),
            e.Stock(101, onHand: 3, reserved: 1, ledgerEntryId: 7),
            e.Customer(1, "Ada"), e.Customer(2, "Ben"), e.Customer(3, "Cy"),
            e.Order(1, 1, "Ada", At("2025-01-14T04:59:00Z"), Beans(2)),
            e.Order(2, 1, "Ada", At("2025-01-14T05:00:00Z"), Grinder(1), Filters(5)),
            e.Status(2, "pending", "processing"),
            e.Status(2, "processing", "completed"),
            e.Order(3, 2, "Ben", At("2025-01-15T03:30:00Z"), Beans(4)),
            e.Refund(3, 20.00m),
            e.Order(4, 3, "Cy", At("2025-01-15T12:00:00Z"), Grinder(2)),
            e.Cancellation(4),
            e.Order(5, 2, "Ben", At("2025-01-17T04:59:59Z"), Filters(10)),
            e.Status(5, "pending", "processing"),
            e.Order(6, 3, "Cy", At("2025-01-17T05:00:00Z"), Beans(1)),
            e.Order(7, 1, "Ada", At("2025-01-16T15:00:00Z"), Beans(1), Filters(1)),
            e.Refund(7, 15.70m, fully: true),
            e.Order(8, 2, "Ben", At("2025-01-12T10:00:00Z"), Grinder(1)),
            e.Status(8, "pending", "processing"),
            e.Status(8, "processing", "completed"));
        return store;
    }
}
