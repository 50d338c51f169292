using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Apis;

/// <summary>
/// The sort orders the list offers, newest first by default. Like the original, an unknown key or order falls back
/// to the default instead of a 400. Ties fall back to the id so pages never overlap.
/// </summary>
internal static class InventorySorting
{
    public static Func<IQueryable<Product>, IQueryable<Product>> Read(string? sortBy, string? sortOrder)
    {
        var descending = !string.Equals(sortOrder?.Trim(), "asc", StringComparison.OrdinalIgnoreCase);
        return sortBy?.Trim().ToLowerInvariant() switch
        {
            "name" => q => By(q, p => p.Name, descending),
            "sku" => q => By(q, p => p.Sku, descending),
            "price" => q => By(q, p => p.Price, descending),
            "quantity" => q => By(q, p => p.OnHand - p.Reserved, descending),
            "category" => q => By(q, p => p.Category, descending),
            "updated_at" or "updatedat" => q => By(q, p => p.UpdatedAt, descending),
            _ => q => By(q, p => p.CreatedAt, descending),
        };
    }

    private static IQueryable<Product> By<TKey>(IQueryable<Product> items, System.Linq.Expressions.Expression<Func<Product, TKey>> key, bool descending) =>
        descending ? items.OrderByDescending(key).ThenByDescending(p => p.Id) : items.OrderBy(key).ThenBy(p => p.Id);
}
