namespace QommerceHub.Catalog.Apis.Dtos;

/// <summary>Inventory statistics for the dashboard; stock value counts on-hand units of active items.</summary>
public sealed record InventoryStats(
    int TotalItems,
    int ActiveItems,
    int DeletedItems,
    long TotalQuantity,
    long ReservedQuantity,
    long AvailableQuantity,
    decimal StockValue,
    int LowStockCount,
    int OutOfStockCount,
    int ReorderCount);
