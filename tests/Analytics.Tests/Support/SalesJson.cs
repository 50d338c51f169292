using System.Globalization;
using System.Text.Json.Nodes;

namespace QommerceHub.Analytics.Tests.Support;

/// <summary>Reads the dashboard's JSON into short lines that a test can compare with hand-computed figures.</summary>
public static class SalesJson
{
    public static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    public static void AssertRevenue(JsonNode node, decimal total, int orders, decimal average)
    {
        Assert.Equal(total, node["total"]!.GetValue<decimal>());
        Assert.Equal(orders, node["order_count"]!.GetValue<int>());
        Assert.Equal(average, node["average_order_value"]!.GetValue<decimal>());
    }

    public static string[] Days(JsonNode sales) => sales["sales_by_date"]!.AsArray()
        .Select(d => $"{d!["date"]} {Money(d["revenue"]!)} {d["orders"]}").ToArray();

    public static string[] Statuses(JsonNode sales) => sales["orders_by_status"]!.AsArray()
        .Select(s => $"{s!["status"]} {s["count"]}").ToArray();

    public static string[] Products(JsonNode sales) => sales["top_products"]!.AsArray()
        .Select(p => $"{p!["inventory_id"]} {p["name"]} {p["quantity"]} {Money(p["revenue"]!)}").ToArray();

    public static string[] Customers(JsonNode sales) => sales["top_customers"]!.AsArray()
        .Select(c => $"{c!["customer_id"]} {c["name"]} {c["orders"]} {Money(c["total_spent"]!)}").ToArray();

    public static string Money(JsonNode amount) => amount.GetValue<decimal>().ToString("0.00", CultureInfo.InvariantCulture);

    public static string[] LowStock(JsonNode node) => node["low_stock"]!.AsArray()
        .Select(i => $"{i!["inventory_id"]} {i["name"]} {i["sku"]} {i["quantity"]} {i["threshold"]}").ToArray();
}
