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
