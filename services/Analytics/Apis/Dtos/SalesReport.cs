using System.Text.Json.Serialization;

namespace QommerceHub.Analytics.Apis.Dtos;

/// <summary>
/// The original's <c>GET /api/analytics/sales</c> answer, under its (camelCase) keys; then ours: the period read
/// and the previous period of the same length.
/// </summary>
public sealed record SalesReport(
    RevenueSummary Revenue,
    [property: JsonPropertyName("salesByDate")] IReadOnlyList<DailySales> SalesByDate,
    [property: JsonPropertyName("topProducts")] IReadOnlyList<TopProduct> TopProducts,
    [property: JsonPropertyName("ordersByStatus")] IReadOnlyList<StatusCount> OrdersByStatus,
    [property: JsonPropertyName("lowStock")] IReadOnlyList<LowStockItem> LowStock,
    [property: JsonPropertyName("topCustomers")] IReadOnlyList<TopCustomer> TopCustomers,
    [property: JsonPropertyName("recentOrders")] IReadOnlyList<RecentOrder> RecentOrders,
    PeriodInfo Period,
    PeriodComparison PreviousPeriod);

/// <summary>Local dates, both inclusive, in <see cref="TimeZone"/>.</summary>
public sealed record PeriodInfo(DateOnly From, DateOnly To, int Days, string TimeZone);

public sealed record RevenueSummary(decimal TotalRevenue, int TotalOrders, decimal AvgOrderValue);

/// <summary>The previous period's figures; <see cref="ChangePercent"/> is null when it had no revenue to compare with.</summary>
public sealed record PeriodComparison(decimal TotalRevenue, int TotalOrders, decimal AvgOrderValue, decimal? ChangePercent);

public sealed record DailySales(DateOnly Date, int OrderCount, decimal Revenue);

public sealed record StatusCount(string Status, int Count);

public sealed record TopProduct(int Id, string Name, string Sku, long TotalSold, decimal TotalRevenue);

public sealed record TopCustomer(int Id, string Name, string? Email, int OrderCount, decimal TotalSpent);

/// <summary>The newest counted orders of the period; <see cref="Id"/> and <see cref="Status"/> are ours.</summary>
public sealed record RecentOrder(decimal TotalAmount, DateTimeOffset CreatedAt, int Id, string Status);

/// <summary>An active item whose sellable quantity (on hand less reserved) is at or below its threshold.</summary>
public sealed record LowStockItem(int Id, string Name, string Sku, int Quantity, decimal Price, int LowStockThreshold);
