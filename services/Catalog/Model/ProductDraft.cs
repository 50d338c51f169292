using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Model;

/// <summary>The validated fields of a new item, from the API or a CSV row.</summary>
public sealed record ProductDraft(
    string Name, string Sku, int Quantity, decimal Price, Barcode? Barcode, int LowStockThreshold, int ReorderPoint,
    string? Description = null, string? Category = null)
{
    /// <summary>Checks every field and reports all problems at once; null when any field is wrong.</summary>
    public static ProductDraft? Validate(
        FieldErrors errors, string? name, string? sku, decimal? quantity, decimal? price,
        string? barcode, string? barcodeFormat, decimal? lowStockThreshold, decimal? reorderPoint,
        string? description = null, string? category = null)
    {
        ProductRules.Name(errors, name);
        ProductRules.Sku(errors, sku);
        var onHand = ProductRules.Count(errors, "quantity", "Quantity", quantity ?? 0);
        var validPrice = ProductRules.Price(errors, price);
        var code = string.IsNullOrWhiteSpace(barcode) ? null : ProductRules.Barcode(errors, barcode, NullIfBlank(barcodeFormat));
        var threshold = ProductRules.Count(errors, "low_stock_threshold", "Low stock threshold", lowStockThreshold ?? Product.DefaultLowStockThreshold);
        ProductRules.Description(errors, description);
        ProductRules.Category(errors, category);
        var reorder = reorderPoint is null ? threshold : ProductRules.Count(errors, "reorder_point", "Reorder point", reorderPoint);
        if (errors.Any) return null;
        return new ProductDraft(name!.Trim(), sku!.Trim(), onHand!.Value, validPrice!.Value, code, threshold!.Value, reorder!.Value,
            NullIfBlank(description)?.Trim(), NullIfBlank(category)?.Trim());
    }

    internal static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
