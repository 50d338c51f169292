using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Services;

/// <summary>
/// Keeps Orders' copy of Catalog's products. Any event may arrive first, so each one creates the row if needed;
/// two first events racing both insert, one fails on the key and its retry applies on top of the other.
/// </summary>
public sealed class ProductReplica(OrdersDbContext db)
{
    public async Task CreatedAsync(ProductCreated message, CancellationToken cancellationToken)
    {
        var product = await FindOrAddAsync(message.TenantId, message.ProductId, cancellationToken);
        product.ApplyDetails(message.Name, message.Sku, message.Price, message.Version);
        product.ApplyDeleted(false, message.Version);
    }

    public async Task UpdatedAsync(ProductUpdated message, CancellationToken cancellationToken)
    {
        var product = await FindOrAddAsync(message.TenantId, message.ProductId, cancellationToken);
        product.ApplyDetails(message.Name, message.Sku, message.Price, message.Version);
    }

    public async Task DeletedAsync(ProductDeleted message, CancellationToken cancellationToken) =>
        (await FindOrAddAsync(message.TenantId, message.ProductId, cancellationToken)).ApplyDeleted(true, message.Version);

    public async Task RestoredAsync(ProductRestored message, CancellationToken cancellationToken) =>
        (await FindOrAddAsync(message.TenantId, message.ProductId, cancellationToken)).ApplyDeleted(false, message.Version);

    /// <summary>Tracks the rows of a batch's products in one query, and starts the ones the replica does not have yet.</summary>
    public async Task LoadAsync(int tenantId, IEnumerable<int> productIds, CancellationToken cancellationToken)
    {
        var ids = productIds.Distinct().ToList();
        var known = (await db.Products.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken)).Select(p => p.Id).ToHashSet();
        foreach (var id in ids.Where(id => !known.Contains(id)))
            db.Products.Add(new Product { TenantId = tenantId, Id = id });
    }

    private async Task<Product> FindOrAddAsync(int tenantId, int productId, CancellationToken cancellationToken)
    {
        var product = await db.Products.FindAsync([tenantId, productId], cancellationToken);
        if (product is not null) return product;
        product = new Product { TenantId = tenantId, Id = productId };
        db.Products.Add(product);
        return product;
    }
}
