using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.Catalog.Model;
using QommerceHub.Catalog.Services;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Apis;

public static partial class InventoryApi
{
    /// <summary>A staff stock adjustment: a delta or a counted quantity, with a reason, under the product's row lock.</summary>
    public static async Task<Results<Created<StockAdjustmentResult>, ProblemHttpResult>> AdjustStock(
        string id, StockAdjustmentRequest request, [AsParameters] InventoryHandlerServices services, StockAdjustments adjustments, HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } itemId) return ApiInput.MalformedId("item");
        var errors = new FieldErrors();
        var makeMovement = ReadAdjustment(errors, request, services.Actor);
        if (makeMovement is null) return ApiResults.Validation(errors);

        var adjusted = await adjustments.AdjustAsync(itemId, makeMovement, cancellationToken);
        if (!adjusted.Succeeded) return ApiResults.Problem(adjusted);
        var (product, entry) = adjusted.Value;
        response.Headers.ETag = $"\"{product.Version}\"";
        return TypedResults.Created($"/api/inventory/{product.Id}/ledger", new StockAdjustmentResult(InventoryItem.From(product), LedgerEntry.From(entry)));
    }

    /// <summary>Validates the request; the movement is built later from the locked level (a count needs it).</summary>
    private static Func<StockLevel, StockMovement>? ReadAdjustment(FieldErrors errors, StockAdjustmentRequest request, string actor)
    {
        var reason = request.Reason?.Trim().ToLowerInvariant();
        if (reason is null) errors.Add("reason", "Reason is required");
        else if (!StockReason.IsAdjustment(reason)) errors.Add("reason", $"Reason must be one of {string.Join(", ", StockReason.Adjustments)}");
        errors.Text("reference", request.Reference, 0, ProductRules.ReferenceMax, required: false);

        var reference = string.IsNullOrWhiteSpace(request.Reference) ? null : request.Reference.Trim();
        switch (request)
        {
            case { Delta: not null, CountedQuantity: not null }:
            case { Delta: null, CountedQuantity: null }:
                errors.Add("delta", "Send either delta or counted_quantity");
                return null;
            case { Delta: { } rawDelta }:
                var delta = ProductRules.Delta(errors, rawDelta);
                if (delta is { } d && reason is not null && StockReason.SignProblem(reason, d) is { } sign) errors.Add("delta", sign);
                return errors.Any ? null : _ => StockMovement.Adjustment(reason!, delta!.Value, reference, actor);
            default:
                var counted = ProductRules.Count(errors, "counted_quantity", "Counted quantity", request.CountedQuantity);
                return errors.Any ? null : level => StockMovement.Counted(level, counted!.Value, reason!, reference, actor);
        }
    }

    /// <summary>The item's stock ledger, newest first; deleted items keep their history.</summary>
    public static async Task<Results<Ok<PageAnswer<LedgerEntry>>, ProblemHttpResult>> GetStockLedger(
        string id, string? page, string? limit, [AsParameters] InventoryHandlerServices services, CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } itemId) return ApiInput.MalformedId("item");
        var paging = PageRequest.Read(page, limit, defaultLimit: 50);

        var db = services.Db;
        if (!await db.Products.AnyAsync(p => p.Id == itemId, cancellationToken)) return ApiResults.NotFound("Item");
        var entries = db.StockLedger.AsNoTracking().Where(e => e.ProductId == itemId);
        var rows = await entries.OrderByDescending(e => e.Id).Skip(paging.Skip).Take(paging.Limit).ToListAsync(cancellationToken);
        var total = await paging.TotalAsync(rows.Count, () => entries.CountAsync(cancellationToken));
        return TypedResults.Ok(paging.Answer(rows.Select(LedgerEntry.From).ToList(), total));
    }
}
