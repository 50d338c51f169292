using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Model;
using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.Catalog.Apis;

internal static class InventorySearch
{
    /// <summary>Case-insensitive substring match on name, SKU or barcode; the user's % and _ are literal.</summary>
    public static IQueryable<Product> Matching(IQueryable<Product> items, string term)
    {
        var pattern = LikePattern.Containing(term);
        return items.Where(p =>
            EF.Functions.ILike(p.Name, pattern, LikePattern.EscapeCharacter) ||
            EF.Functions.ILike(p.Sku, pattern, LikePattern.EscapeCharacter) ||
            (p.Barcode != null && EF.Functions.ILike(p.Barcode, pattern, LikePattern.EscapeCharacter)));
    }
}
