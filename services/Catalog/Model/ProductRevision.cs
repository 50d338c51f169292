using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Model;

/// <summary>The validated fields of a partial update; null means "leave as it is".</summary>
public sealed record ProductRevision(
    string? Name, string? Sku, int? Quantity, decimal? Price, Barcode? Barcode, bool RemoveBarcode, int? LowStockThreshold, int? ReorderPoint,
    string? Description = null, string? Category = null)
{
    public static ProductRevision? Validate(
        FieldErrors errors, string? name, string? sku, decimal? quantity, decimal? price,
        string? barcode, string? barcodeFormat, decimal? lowStockThreshold, decimal? reorderPoint,
        string? description = null, string? category = null)
    {
        ProductRules.Name(errors, name, required: false);
        ProductRules.Sku(errors, sku, required: false);
        var onHand = ProductRules.Count(errors, "quantity", "Quantity", quantity);
        var validPrice = ProductRules.Price(errors, price, required: false);
        var remove = barcode is not null && barcode.Trim().Length == 0;
        if (remove && barcodeFormat is not null) errors.Add("barcode_format", "Barcode format needs a barcode");
        var code = barcode is null || remove ? null : ProductRules.Barcode(errors, barcode, ProductDraft.NullIfBlank(barcodeFormat));
        if (barcode is null && barcodeFormat is not null) errors.Add("barcode_format", "Send the barcode together with its format");
        var threshold = ProductRules.Count(errors, "low_stock_threshold", "Low stock threshold", lowStockThreshold);
        var reorder = ProductRules.Count(errors, "reorder_point", "Reorder point", reorderPoint);
        ProductRules.Description(errors, description);
        ProductRules.Category(errors, category);
        if (errors.Any) return null;
        return new ProductRevision(name?.Trim(), sku?.Trim(), onHand, validPrice, code, remove, threshold, reorder, description?.Trim(), category?.Trim());
    }
}
