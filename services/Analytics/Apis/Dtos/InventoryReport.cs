namespace QommerceHub.Analytics.Apis.Dtos;

/// <summary>
/// The seed's <c>GET /api/analytics/inventory</c>: active (not deleted) items; quantities are units on hand,
/// stock value is on-hand units at the current price, low and out of stock look at available units.
/// </summary>
public sealed record InventoryReport(
    int TotalItems,
    long TotalQuantity,
    decimal StockValue,
    int LowStockCount,
    int OutOfStockCount,
    IReadOnlyList<LowStockItem> LowStock);
