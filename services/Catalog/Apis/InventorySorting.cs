using QommerceHub.Catalog.Model;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Apis;

/// <summary>The sort orders the list offers; ties fall back to the id so pages never overlap.</summary>
internal static class InventorySorting
{
    public static Func<IQueryable<Product>, IQueryable<Product>> Read(FieldErrors errors, string? sortBy, string? sortOrder)
    {
        var descending = string.Equals(sortOrder, "desc", StringComparison.OrdinalIgnoreCase);
        if (!descending && !string.IsNullOrEmpty(sortOrder) && !string.Equals(sortOrder, "asc", StringComparison.OrdinalIgnoreCase))
            errors.Add("sortOrder", "Sort order must be asc or desc");
        switch (sortBy?.ToLowerInvariant())
        {
            case null or "" or "created_at" or "createdat": return q => By(q, p => p.CreatedAt, descending);
            case "name": return q => By(q, p => p.Name, descending);
            case "sku": return q => By(q, p => p.Sku, descending);
            case "price": return q => By(q, p => p.Price, descending);
            case "quantity": return q => By(q, p => p.OnHand, descending);
            case "updated_at" or "updatedat": return q => By(q, p => p.UpdatedAt, descending);
            default:
                errors.Add("sortBy", "Sort by must be one of name, sku, price, quantity, created_at, updated_at");
                return q => q;
        }
    }

    private static IQueryable<Product> By<TKey>(IQueryable<Product> items, System.Linq.Expressions.Expression<Func<Product, TKey>> key, bool descending) =>
        descending ? items.OrderByDescending(key).ThenByDescending(p => p.Id) : items.OrderBy(key).ThenBy(p => p.Id);
}
