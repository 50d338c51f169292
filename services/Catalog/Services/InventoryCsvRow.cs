namespace QommerceHub.Catalog.Services;

/// <summary>One data row as text, before any rule is checked.</summary>
public sealed record InventoryCsvRow(
    int Row, string? Name, string? Sku, string? Quantity, string? Price, string? Barcode, string? BarcodeFormat,
    string? LowStockThreshold, string? ReorderPoint);
