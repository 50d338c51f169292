namespace QommerceHub.Catalog.Apis.Dtos;

/// <summary>The item after an adjustment and the ledger row that records it.</summary>
public sealed record StockAdjustmentResult(InventoryItem Item, LedgerEntry Entry);
