using System.Linq.Expressions;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Apis;

/// <summary>
/// The sort orders the list offers, newest first by default. Like the original, an unknown key or order falls back
/// to the default instead of a 400. Ties fall back to the id so pages never overlap. Each order has its index
/// (migration SearchIndexAndItemCounts).
/// </summary>
internal static class InventorySorting
{
    /// <param name="exactFirst">A search term: items whose SKU or barcode is exactly it come before the rest.</param>
    public static Func<IQueryable<Product>, IQueryable<Product>> Read(string? sortBy, string? sortOrder, string? exactFirst = null)
    {
        var descending = !string.Equals(sortOrder?.Trim(), "asc", StringComparison.OrdinalIgnoreCase);
        Func<IQueryable<Product>, IQueryable<Product>> By<TKey>(Expression<Func<Product, TKey>> key) => items =>
        {
            var ordered = exactFirst is null
                ? descending ? items.OrderByDescending(key) : items.OrderBy(key)
                : descending
                    ? items.OrderByDescending(p => p.Sku == exactFirst || p.Barcode == exactFirst).ThenByDescending(key)
                    : items.OrderByDescending(p => p.Sku == exactFirst || p.Barcode == exactFirst).ThenBy(key);
            return descending ? ordered.ThenByDescending(p => p.Id) : ordered.ThenBy(p => p.Id);
        };

        return sortBy?.Trim().ToLowerInvariant() switch
        {
            "name" => By(p => p.Name),
            "sku" => By(p => p.Sku),
            "price" => By(p => p.Price),
            "quantity" => By(p => p.OnHand - p.Reserved),
            "category" => By(p => p.Category),
            "updated_at" or "updatedat" => By(p => p.UpdatedAt),
            _ => By(p => p.CreatedAt),
        };
    }
}
