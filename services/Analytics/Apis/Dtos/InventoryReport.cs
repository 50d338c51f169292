namespace QommerceHub.Analytics.Apis.Dtos;

/// <summary>
/// The original's <c>GET /api/analytics/inventory</c>: active (not deleted) items; quantities are what can still be
/// sold (on hand less reserved) and their value at the current price. Then ours: out of stock and the low-stock list.
/// </summary>
public sealed record InventoryReport(
    int TotalProducts,
    long TotalQuantity,
    decimal TotalValue,
    int LowStockCount,
    int OutOfStockCount,
    IReadOnlyList<LowStockItem> LowStock);
