using System.Globalization;
using System.Text.Json.Nodes;

namespace QommerceHub.Analytics.Tests.Support;

/// <summary>Reads the dashboard's JSON into short lines that a test can compare with hand-computed figures.</summary>
public static class SalesJson
{
    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    public static void AssertRevenue(JsonNode node, decimal total, int orders, decimal average)
    {
        Assert.Equal(total, node["total_revenue"]!.GetValue<decimal>());
        Assert.Equal(orders, node["total_orders"]!.GetValue<int>());
        Assert.Equal(average, node["avg_order_value"]!.GetValue<decimal>());
    }

    public static string[] Days(JsonNode sales) => sales["salesByDate"]!.AsArray()
        .Select(d => $"{d!["date"]} {Money(d["revenue"]!)} {d["order_count"]}").ToArray();

    public static string[] Statuses(JsonNode sales) => sales["ordersByStatus"]!.AsArray()
        .Select(s => $"{s!["status"]} {s["count"]}").ToArray();

    public static string[] Products(JsonNode sales) => sales["topProducts"]!.AsArray()
        .Select(p => $"{p!["id"]} {p["name"]} {p["total_sold"]} {Money(p["total_revenue"]!)}").ToArray();

    public static string[] Customers(JsonNode sales) => sales["topCustomers"]!.AsArray()
        .Select(c => $"{c!["id"]} {c["name"]} {c["order_count"]} {Money(c["total_spent"]!)}").ToArray();

    public static string[] RecentOrders(JsonNode sales) => sales["recentOrders"]!.AsArray()
        .Select(o => $"{o!["id"]} {Money(o["total_amount"]!)} {o["status"]}").ToArray();

    public static string Money(JsonNode amount) => amount.GetValue<decimal>().ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The sales answer's <c>lowStock</c> or the inventory answer's <c>low_stock</c>, whichever the node has.</summary>
    public static string[] LowStock(JsonNode node) => (node["lowStock"] ?? node["low_stock"])!.AsArray()
        .Select(i => $"{i!["id"]} {i["name"]} {i["sku"]} {i["quantity"]} {i["low_stock_threshold"]}").ToArray();
}
