namespace QommerceHub.Analytics.Apis.Dtos;

/// <summary>An active item whose sellable quantity (on hand less reserved) is at or below its threshold.</summary>
public sealed record LowStockItem(int Id, string Name, string Sku, int Quantity, decimal Price, int LowStockThreshold);
