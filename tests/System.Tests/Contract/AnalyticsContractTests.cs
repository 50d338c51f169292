using System.Net;
using QommerceHub.Testing;
using static QommerceHub.SystemTests.Contract.ContractAnswer;

namespace QommerceHub.SystemTests.Contract;

/// <summary>Contract rows "Analytics — /api/analytics" of shared/seed-api-contract.md, through the gateway.</summary>
[Collection(SystemFixture.Collection)]
public sealed class AnalyticsContractTests(SystemFixture system)
{
    [Fact]
    public async Task Sales_and_inventory_answer_the_original_keys_once_an_order_is_confirmed()
    {
        var store = new StoreApi(system, await new StoreAccounts(system).OpenStoreAsync("Contract Analytics"));
        var item = await store.AddItemAsync(quantity: 6, price: 5m, name: "Analytics Mug");
        var customer = await store.AddCustomerAsync(TestTenants.UniqueEmail("buyer"));
        var (_, placed) = await store.PlaceOrderAsync(customer, item, quantity: 2);
        await store.WaitForOrderAsync(placed["id"]!.GetValue<int>(), o => o["stock_status"]!.GetValue<string>() == "reserved", "the reservation");

        await Eventually.Until(() => store.GetAsync("/api/analytics/sales?days=7"),
            s => s["revenue"]!["total_orders"]!.GetValue<int>() == 1 && s["topCustomers"]!.AsArray().Count == 1
                && s["lowStock"]!.AsArray().Count == 1 && s["lowStock"]![0]!["quantity"]!.GetValue<int>() == 4,
            TimeSpan.FromSeconds(60), "the analytics projection");
        var sales = await ShapeAsync(await store.Client.GetAsync("/api/analytics/sales?days=7"), HttpStatusCode.OK);
        sales.Has("revenue.total_revenue", Number).HasValue("revenue.total_orders", "1").Has("revenue.avg_order_value", Number)
            .Has("salesByDate", ArrayKind).Has("salesByDate[0].date", Text).Has("salesByDate[0].order_count", Number).Has("salesByDate[0].revenue", Number)
            .Has("topProducts[0].id", Number).HasValue("topProducts[0].name", "Analytics Mug").Has("topProducts[0].sku", Text)
            .HasValue("topProducts[0].total_sold", "2").Has("topProducts[0].total_revenue", Number)
            .Has("ordersByStatus[0].status", Text).Has("ordersByStatus[0].count", Number)
            // The item's sellable 4 (6 less the 2 held for the order) is under its threshold of 10.
            .HasValue("lowStock[0].name", "Analytics Mug").Has("lowStock[0].id", Number).Has("lowStock[0].sku", Text)
            .HasValue("lowStock[0].quantity", "4").HasValue("lowStock[0].price", "5")
            .Has("topCustomers[0].id", Number).Has("topCustomers[0].name", Text).Has("topCustomers[0].email", Text)
            .HasValue("topCustomers[0].order_count", "1").Has("topCustomers[0].total_spent", Number)
            .Has("recentOrders[0].total_amount", Number).Has("recentOrders[0].created_at", Text);
        Assert.Equal(10m, sales.Get("revenue.total_revenue").GetDecimal());

        // A bad days value means 30, as in the original.
        (await ShapeAsync(await store.Client.GetAsync("/api/analytics/sales?days=lots"), HttpStatusCode.OK)).HasValue("period.days", "30");
        Assert.Equal(365, (await ShapeAsync(await store.Client.GetAsync("/api/analytics/sales?days=365"), HttpStatusCode.OK))
            .Get("salesByDate").GetArrayLength());

        var inventory = await ShapeAsync(await store.Client.GetAsync("/api/analytics/inventory"), HttpStatusCode.OK);
        inventory.HasValue("total_products", "1").HasValue("total_quantity", "4").Has("total_value", Number).HasValue("low_stock_count", "1");
    }
}
