using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.IntegrationEvents.Events;
using QommerceHub.Catalog.Model;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Catalog.Services;

/// <summary>
/// Creates, edits, deletes and restores a store's items, each in one transaction with the events it publishes. Edits
/// run under the item's row lock; SKU and barcode stay unique within the store, deleted items included.
/// </summary>
public sealed class InventoryItems(CatalogDbContext db, TenantContext tenant, StockChanges stockChanges, TimeProvider clock)
{
    public async Task<Outcome<Product>> CreateAsync(ProductDraft draft, string actor, CancellationToken cancellationToken)
    {
        if (await DuplicateItems.FindClashAsync(db, draft.Sku, draft.Barcode, null, cancellationToken) is { } clash)
            return Outcome.Conflict<Product>(clash);

        var now = clock.Now();
        var (product, opening) = Product.Open(draft, tenant.Id, StockReason.Created, actor, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Products.Add(product);
        db.StockLedger.Add(opening);
        if (await TrySaveAsync(cancellationToken) is { } refused) return Outcome.Conflict<Product>(refused);
        db.Publish(ProductEvents.Created(product, now));
        db.Publish(ProductEvents.StockLevelChanged(product, opening));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok(product);
    }

    /// <summary>
    /// A partial update; an edit of an older version than the stored one is refused instead of overwriting someone's
    /// edit (<paramref name="ifMatch"/> from the If-Match header, <paramref name="editedVersion"/> from the body).
    /// </summary>
    public async Task<Outcome<Product>> ReviseAsync(
        int itemId, ProductRevision revision, long? ifMatch, long? editedVersion, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var product = await db.LockProductAsync(itemId, cancellationToken);
        if (product is null || product.IsDeleted) return Outcome.NotFound<Product>("Item");
        if (Stale(product, ifMatch, editedVersion) is { } stale) return stale;
        var clash = await DuplicateItems.FindClashAsync(db, revision.Sku == product.Sku ? null : revision.Sku,
            revision.Barcode?.LookupKey == product.BarcodeKey ? null : revision.Barcode, product.Id, cancellationToken);
        if (clash is not null) return Outcome.Conflict<Product>(clash);

        var now = clock.Now();
        var wasLow = product.IsLowStock;
        if (product.Revise(revision, now)) db.Publish(ProductEvents.Updated(product, now));
        stockChanges.PublishLowStockIfCrossed(product, wasLow);
        if (await TrySaveAsync(cancellationToken) is { } refused) return Outcome.Conflict<Product>(refused);
        if (await CorrectQuantityAsync(product, revision.Quantity, actor, cancellationToken) is { } problem) return problem;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok(product);
    }

    public async Task<Outcome<Product>> DeleteAsync(int itemId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var product = await db.LockProductAsync(itemId, cancellationToken);
        if (product is null || product.IsDeleted) return Outcome.NotFound<Product>("Item");

        var now = clock.Now();
        product.Delete(now);
        db.Publish(ProductEvents.Deleted(product, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok(product);
    }

    public async Task<Outcome<Product>> RestoreAsync(int itemId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var product = await db.LockProductAsync(itemId, cancellationToken);
        if (product is null) return Outcome.NotFound<Product>("Item");
        // As in the original, restoring an item that is not deleted just answers the row.
        if (!product.IsDeleted) return Outcome.Ok(product);

        var now = clock.Now();
        product.Restore(now);
        db.Publish(ProductEvents.Restored(product, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok(product);
    }

    private static Outcome<Product>? Stale(Product product, long? ifMatch, long? editedVersion)
    {
        var details = new Dictionary<string, object?> { ["current_version"] = product.Version };
        if (ifMatch is { } tag && tag != product.Version)
            return Outcome.Refuse<Product>(Refusal.Stale, "The item has changed since you loaded it (If-Match does not match)", details);
        if (editedVersion is { } version && version != product.Version)
            return Outcome.Conflict<Product>("The item was changed by someone else; reload it and try again", details);
        return null;
    }

    /// <summary>
    /// <c>quantity</c> is the sellable count, so the stock held for open orders is added to reach on hand. The edit
    /// is a correction on the ledger, so on-hand stays the sum of the ledger.
    /// </summary>
    private async Task<Outcome<Product>?> CorrectQuantityAsync(Product product, int? quantity, string actor, CancellationToken cancellationToken)
    {
        if (quantity is not { } sellable) return null;
        var counted = sellable + product.Reserved;
        if (counted == product.OnHand) return null;
        if (counted > ProductRules.QuantityMax)
            return Outcome.Invalid<Product>(new FieldErrors().Add("quantity", $"Quantity must be at most {ProductRules.QuantityMax - product.Reserved}"));
        var movement = StockMovement.Counted(product.Stock, counted, StockReason.Correction, null, actor);
        if (product.CheckMovement(movement) is { } problem) return Outcome.Conflict<Product>(problem);
        await stockChanges.RecordAsync(product, movement, cancellationToken);
        return null;
    }

    /// <summary>Saves; a unique-index or version clash comes back as the sentence to refuse with, instead of a 500.</summary>
    private async Task<string?> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "The item was changed by someone else; reload it and try again";
        }
        catch (DbUpdateException ex) when (DuplicateItems.Describe(ex) is { } clash)
        {
            return clash;
        }
    }
}
