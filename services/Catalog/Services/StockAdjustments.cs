using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.Model;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Catalog.Services;

/// <summary>A staff stock adjustment, a delta or a counted quantity, recorded on the ledger under the item's row lock.</summary>
public sealed class StockAdjustments(CatalogDbContext db, StockChanges stockChanges)
{
    /// <summary>The movement is made from the locked stock level, since a count needs the level it replaces.</summary>
    public async Task<Outcome<(Product Product, StockLedgerEntry Entry)>> AdjustAsync(
        int itemId, Func<StockLevel, StockMovement> makeMovement, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var product = await db.LockProductAsync(itemId, cancellationToken);
        if (product is null || product.IsDeleted) return Outcome.NotFound<(Product, StockLedgerEntry)>("Item");
        var movement = makeMovement(product.Stock);
        if (movement.OnHandChange == 0)
            return Outcome.Conflict<(Product, StockLedgerEntry)>($"The count matches the {product.OnHand} units on hand; nothing to adjust");
        if (product.CheckMovement(movement) is { } problem) return Outcome.Conflict<(Product, StockLedgerEntry)>(problem);

        var entry = await stockChanges.RecordAsync(product, movement, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok((product, entry));
    }
}
