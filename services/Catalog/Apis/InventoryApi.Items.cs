using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.IntegrationEvents.Events;
using QommerceHub.Catalog.Model;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Apis;

public static partial class InventoryApi
{
    public static async Task<Results<Created<InventoryItem>, ProblemHttpResult>> CreateItem(
        CreateInventoryItemRequest request, [AsParameters] InventoryHandlerServices services, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var draft = ProductDraft.Validate(errors, request.Name, request.Sku, request.Quantity, request.Price,
            request.Barcode, request.BarcodeFormat, request.LowStockThreshold, request.ReorderPoint, request.Description, request.Category);
        if (draft is null) return ApiResults.Validation(errors);

        var db = services.Db;
        if (await DuplicateItems.FindClashAsync(db, draft.Sku, draft.Barcode, null, cancellationToken) is { } clash)
            return ApiResults.Conflict(clash);

        var now = services.Clock.Now();
        var (product, opening) = Product.Open(draft, services.Tenant.Id, StockReason.Created, services.Actor, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Products.Add(product);
        db.StockLedger.Add(opening);
        if (await TrySaveAsync(db, cancellationToken) is { } problem) return problem;
        db.Publish(ProductEvents.Created(product, now));
        db.Publish(ProductEvents.StockLevelChanged(product, opening));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        response.Headers.ETag = $"\"{product.Version}\"";
        return TypedResults.Created($"/api/inventory/{product.Id}", InventoryItem.From(product));
    }

    /// <summary>Partial update under a row lock; a stale version is refused instead of overwriting someone's edit.</summary>
    public static async Task<Results<Ok<InventoryItem>, ProblemHttpResult>> UpdateItem(
        string id, UpdateInventoryItemRequest request, [AsParameters] InventoryHandlerServices services, HttpRequest http, CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } itemId) return ApiInput.MalformedId("item");
        if (request.ChangesNothing) return ApiResults.BadRequest("Send at least one field to change");
        var errors = new FieldErrors();
        var revision = ProductRevision.Validate(errors, request.Name, request.Sku, request.Quantity, request.Price,
            request.Barcode, request.BarcodeFormat, request.LowStockThreshold, request.ReorderPoint, request.Description, request.Category);
        if (revision is null) return ApiResults.Validation(errors);
        if (!ItemVersions.TryReadIfMatch(http, out var ifMatch)) return ApiResults.BadRequest("If-Match must be an ETag such as \"3\"");

        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var product = await db.LockProductAsync(itemId, cancellationToken);
        if (product is null || product.IsDeleted) return ApiResults.NotFound("Item");
        if (ItemVersions.Stale(product, ifMatch, request.Version) is { } stale) return stale;
        var clash = await DuplicateItems.FindClashAsync(db, revision.Sku == product.Sku ? null : revision.Sku,
            revision.Barcode?.LookupKey == product.BarcodeKey ? null : revision.Barcode, product.Id, cancellationToken);
        if (clash is not null) return ApiResults.Conflict(clash);

        var now = services.Clock.Now();
        var wasLow = product.IsLowStock;
        if (product.Revise(revision, now)) db.Publish(ProductEvents.Updated(product, now));
        services.StockChanges.PublishLowStockIfCrossed(product, wasLow);
        if (await TrySaveAsync(db, cancellationToken) is { } problem) return problem;
        if (await CorrectQuantityAsync(services, product, revision.Quantity, cancellationToken) is { } refused) return refused;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ItemAnswer(http.HttpContext.Response, product);
    }

    /// <summary>
    /// <c>quantity</c> is the sellable count, so the stock held for open orders is added to reach on hand. The edit
    /// is a correction on the ledger, so on-hand stays the sum of the ledger.
    /// </summary>
    private static async Task<ProblemHttpResult?> CorrectQuantityAsync(InventoryHandlerServices services, Product product, int? quantity, CancellationToken cancellationToken)
    {
        if (quantity is not { } sellable) return null;
        var counted = sellable + product.Reserved;
        if (counted == product.OnHand) return null;
        if (counted > ProductRules.QuantityMax) return ApiResults.Validation(new FieldErrors().Add("quantity", $"Quantity must be at most {ProductRules.QuantityMax - product.Reserved}"));
        var movement = StockMovement.Counted(product.Stock, counted, StockReason.Correction, null, services.Actor);
        if (product.CheckMovement(movement) is { } problem) return ApiResults.Conflict(problem);
        await services.StockChanges.RecordAsync(product, movement, cancellationToken);
        return null;
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> DeleteItem(
        string id, [AsParameters] InventoryHandlerServices services, CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } itemId) return ApiInput.MalformedId("item");
        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var product = await db.LockProductAsync(itemId, cancellationToken);
        if (product is null || product.IsDeleted) return ApiResults.NotFound("Item");

        var now = services.Clock.Now();
        product.Delete(now);
        db.Publish(ProductEvents.Deleted(product, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new MessageResponse("Item deleted"));
    }

    public static async Task<Results<Ok<InventoryItem>, ProblemHttpResult>> RestoreItem(
        string id, [AsParameters] InventoryHandlerServices services, HttpResponse response, CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } itemId) return ApiInput.MalformedId("item");
        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var product = await db.LockProductAsync(itemId, cancellationToken);
        if (product is null) return ApiResults.NotFound("Item");
        // As in the original, restoring an item that is not deleted just answers the row.
        if (!product.IsDeleted) return ItemAnswer(response, product);

        var now = services.Clock.Now();
        product.Restore(now);
        db.Publish(ProductEvents.Restored(product, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ItemAnswer(response, product);
    }

    /// <summary>Saves, turning a unique-index or version clash into a 409 instead of a 500.</summary>
    private static async Task<ProblemHttpResult?> TrySaveAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiResults.Conflict("The item was changed by someone else; reload it and try again");
        }
        catch (DbUpdateException ex) when (DuplicateItems.Describe(ex) is { } clash)
        {
            return ApiResults.Conflict(clash);
        }
    }
}
