using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.Catalog.Model;
using QommerceHub.Catalog.Services;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Apis;

public static partial class InventoryApi
{
    public static async Task<Results<Created<InventoryItem>, ProblemHttpResult>> CreateItem(
        CreateInventoryItemRequest request, [AsParameters] InventoryHandlerServices services, InventoryItems items, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var draft = ProductDraft.Validate(errors, request.Name, request.Sku, request.Quantity, request.Price,
            request.Barcode, request.BarcodeFormat, request.LowStockThreshold, request.ReorderPoint, request.Description, request.Category);
        if (draft is null) return ApiResults.Validation(errors);

        var created = await items.CreateAsync(draft, services.Actor, cancellationToken);
        if (!created.Succeeded) return ApiResults.Problem(created);
        var product = created.Value!;
        response.Headers.ETag = $"\"{product.Version}\"";
        return TypedResults.Created($"/api/inventory/{product.Id}", InventoryItem.From(product));
    }

    public static async Task<Results<Ok<InventoryItem>, ProblemHttpResult>> UpdateItem(
        string id, UpdateInventoryItemRequest request, [AsParameters] InventoryHandlerServices services, InventoryItems items, HttpRequest http,
        CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } itemId) return ApiInput.MalformedId("item");
        if (request.ChangesNothing) return ApiResults.BadRequest("Send at least one field to change");
        var errors = new FieldErrors();
        var revision = ProductRevision.Validate(errors, request.Name, request.Sku, request.Quantity, request.Price,
            request.Barcode, request.BarcodeFormat, request.LowStockThreshold, request.ReorderPoint, request.Description, request.Category);
        if (revision is null) return ApiResults.Validation(errors);
        if (!ItemVersions.TryReadIfMatch(http, out var ifMatch)) return ApiResults.BadRequest("If-Match must be an ETag such as \"3\"");

        var revised = await items.ReviseAsync(itemId, revision, ifMatch, request.Version, services.Actor, cancellationToken);
        return revised.Succeeded ? ItemAnswer(http.HttpContext.Response, revised.Value!) : ApiResults.Problem(revised);
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> DeleteItem(
        string id, InventoryItems items, CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } itemId) return ApiInput.MalformedId("item");
        var deleted = await items.DeleteAsync(itemId, cancellationToken);
        return deleted.Succeeded ? TypedResults.Ok(new MessageResponse("Item deleted")) : ApiResults.Problem(deleted);
    }

    public static async Task<Results<Ok<InventoryItem>, ProblemHttpResult>> RestoreItem(
        string id, InventoryItems items, HttpResponse response, CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } itemId) return ApiInput.MalformedId("item");
        var restored = await items.RestoreAsync(itemId, cancellationToken);
        return restored.Succeeded ? ItemAnswer(response, restored.Value!) : ApiResults.Problem(restored);
    }
}
