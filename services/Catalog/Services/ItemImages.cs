using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.Model;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Catalog.Services;

/// <summary>
/// Gives an item a new image: the files are written first, then the item points at them under its row lock, and the
/// replaced files go unless another item of the store shows the same picture.
/// </summary>
public sealed class ItemImages(CatalogDbContext db, TenantContext tenant, ProductImageStore store, TimeProvider clock)
{
    public async Task<Outcome<Product>> ReplaceAsync(int itemId, PreparedImage image, CancellationToken cancellationToken)
    {
        await store.SaveAsync(tenant.Id, image, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var product = await db.LockProductAsync(itemId, cancellationToken);
        if (product is null || product.IsDeleted) return Outcome.NotFound<Product>("Item");
        string?[] previous = [product.ImageFile, product.ThumbnailFile];
        product.ReplaceImage(image.FileName, image.ThumbnailFileName, clock.Now());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await RemoveUnusedAsync(previous, cancellationToken);
        return Outcome.Ok(product);
    }

    private async Task RemoveUnusedAsync(string?[] files, CancellationToken cancellationToken)
    {
        foreach (var file in files.OfType<string>())
        {
            var stillUsed = await db.Products.AnyAsync(p => p.ImageFile == file || p.ThumbnailFile == file, cancellationToken);
            if (!stillUsed) store.Delete(tenant.Id, file);
        }
    }
}
