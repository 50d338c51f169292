namespace QommerceHub.Analytics.Apis.Dtos;

/// <summary>The seed's <c>GET /api/analytics/sales</c> answer, plus the previous period of the same length.</summary>
public sealed record SalesReport(
    PeriodInfo Period,
    RevenueSummary Revenue,
    PeriodComparison PreviousPeriod,
    IReadOnlyList<DailySales> SalesByDate,
    IReadOnlyList<StatusCount> OrdersByStatus,
    IReadOnlyList<TopProduct> TopProducts,
    IReadOnlyList<TopCustomer> TopCustomers,
    IReadOnlyList<LowStockItem> LowStock);

/// <summary>Local dates, both inclusive, in <see cref="TimeZone"/>.</summary>
public sealed record PeriodInfo(DateOnly From, DateOnly To, int Days, string TimeZone);

public sealed record RevenueSummary(decimal Total, int OrderCount, decimal AverageOrderValue);

/// <summary>The previous period's figures; <see cref="ChangePercent"/> is null when it had no revenue to compare with.</summary>
public sealed record PeriodComparison(decimal Total, int OrderCount, decimal AverageOrderValue, decimal? ChangePercent);

public sealed record DailySales(DateOnly Date, decimal Revenue, int Orders);

public sealed record StatusCount(string Status, int Count);

public sealed record TopProduct(int InventoryId, string Name, long Quantity, decimal Revenue);

public sealed record TopCustomer(int CustomerId, string Name, int Orders, decimal TotalSpent);

/// <summary>An active item whose available quantity (on hand less reserved) is at or below its threshold.</summary>
public sealed record LowStockItem(int InventoryId, string Name, string Sku, int Quantity, int Threshold);
