using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Infrastructure;

/// <summary>Row locks that serialise stock changes to a product, taken inside the caller's transaction.</summary>
public static class ProductLocks
{
    /// <summary>Locks one product of the current tenant (deleted or not); null when it is not the tenant's.</summary>
    public static Task<Product?> LockProductAsync(this CatalogDbContext db, int id, CancellationToken cancellationToken) =>
        db.Products
            .FromSql($"SELECT * FROM catalog.products WHERE id = {id} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Locks products in id order, so two orders sharing products can never deadlock each other.</summary>
    public static Task<List<Product>> LockProductsAsync(this CatalogDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var sorted = ids.Distinct().Order().ToArray();
        return db.Products
            .FromSql($"SELECT * FROM catalog.products WHERE id = ANY({sorted}) ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
    }
}
