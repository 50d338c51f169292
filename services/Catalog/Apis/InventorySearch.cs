using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Apis;

internal static class InventorySearch
{
    /// <summary>Case-insensitive substring match on name, SKU or barcode; the user's % and _ are literal.</summary>
    public static IQueryable<Product> Matching(IQueryable<Product> items, string term)
    {
        var pattern = "%" + term.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";
        return items.Where(p =>
            EF.Functions.ILike(p.Name, pattern, @"\") ||
            EF.Functions.ILike(p.Sku, pattern, @"\") ||
            (p.Barcode != null && EF.Functions.ILike(p.Barcode, pattern, @"\")));
    }
}
