using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.Catalog.Model;
using QommerceHub.Catalog.Services;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Catalog.Apis;

/// <summary>The public inventory API (<c>/api/inventory</c>) plus stock, statistics, ledger, barcode and import endpoints.</summary>
public static partial class InventoryApi
{
    public static IEndpointRouteBuilder MapInventoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/inventory").WithTags("Inventory").AddEndpointFilter<RequireTenantFilter>()
            .RequirePermission(Permissions.Products).ProducesTokenProblems();

        api.MapGet("/", ListItems).WithSummary("List items, searched, sorted and paged").ProducesProblems(400);
        api.MapPost("/", CreateItem).WithSummary("Create an item").ProducesProblems(400, 409);
        api.MapGet("/stats", GetInventoryStats).WithSummary("Count the store's items, units and stock value");
        api.MapGet("/reorder", ListItemsToReorder).WithSummary("List items at or below their reorder point");
        api.MapGet("/barcode/{**code}", FindItemByBarcode).WithSummary("Find an item by its barcode").ProducesProblems(400, 404);
        api.MapPost("/import", ImportItems).WithSummary("Import items from a CSV file").ProducesProblems(400, 409).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(InventoryImport.MaxFileBytes + 64 * 1024));
        api.MapGet("/{id}", GetItem).WithSummary("Get an item").ProducesProblems(400, 404);
        api.MapPut("/{id}", UpdateItem).WithSummary("Change an item's fields").ProducesProblems(400, 404, 409, 412);
        api.MapDelete("/{id}", DeleteItem).WithSummary("Delete an item (it can be restored)").ProducesProblems(400, 404);
        api.MapPut("/{id}/restore", RestoreItem).WithSummary("Restore a deleted item").ProducesProblems(400, 404, 409);
        api.MapPost("/{id}/adjustments", AdjustStock).WithSummary("Adjust an item's stock by a delta or a count").ProducesProblems(400, 404, 409);
        api.MapGet("/{id}/ledger", GetStockLedger).WithSummary("List an item's stock ledger, newest first").ProducesProblems(400, 404);
        api.MapPost("/{id}/upload-image", UploadImage).WithSummary("Upload an item's image").ProducesProblems(400, 404, 413).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ProductImageIntake.MaxBytes + 512 * 1024));

        // The original's liveness answer, without a token (the literal route wins over /{id}).
        app.MapGet("/api/inventory/health", () => TypedResults.Ok(InventoryHealth.Healthy)).WithTags("Inventory").WithSummary("Report that the inventory API answers").AllowAnonymous();
        // No token, so a plain <img src> loads it; the content-addressed name keeps another store's images unguessable.
        app.MapGet("/uploads/{tenantId}/{file}", GetImage).WithTags("Inventory").WithSummary("Download an item image").ProducesProblems(404).AllowAnonymous();
        return app;
    }

    /// <summary>The list envelope; search matches name, SKU or barcode. Paging and sorting are lenient, as in the original.</summary>
    public static async Task<Results<Ok<PageAnswer<InventoryItem>>, ProblemHttpResult>> ListItems(
        [AsParameters] InventoryListQuery query, [AsParameters] InventoryHandlerServices services, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Read(query.Page, query.Limit);
        if (query.Search?.Length > 200) return ApiResults.Validation(new FieldErrors().Add("search", "Search must be at most 200 characters"));

        var includeDeleted = ApiInput.ParseFlag(query.IncludeDeleted);
        var items = services.Db.Products.AsNoTracking();
        if (!includeDeleted) items = items.Where(p => !p.IsDeleted);
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        if (search is not null) items = InventorySearch.Matching(items, search);

        var sorted = InventorySorting.Read(query.SortBy, query.SortOrder, exactFirst: search);
        var page = await sorted(items).Skip(paging.Skip).Take(paging.Limit).ToListAsync(cancellationToken);
        // Matches are counted (the search index keeps that cheap); the whole store's total is kept by a trigger.
        var total = await paging.TotalAsync(page.Count, () => search is not null
            ? items.CountAsync(cancellationToken)
            : TenantRowCounts.ReadAsync(services.Db, "catalog", "products", services.Tenant.Id, includeDeleted ? ["false", "true"] : ["false"], cancellationToken));
        return TypedResults.Ok(paging.Answer(page.Select(InventoryItem.From).ToList(), total));
    }

    public static async Task<Results<Ok<InventoryItem>, ProblemHttpResult>> GetItem(
        string id, [AsParameters] InventoryHandlerServices services, HttpResponse response, CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } itemId) return ApiInput.MalformedId("item");
        var product = await services.Db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == itemId, cancellationToken);
        return product is null ? ApiResults.NotFound("Item") : ItemAnswer(response, product);
    }

    public static async Task<Ok<InventoryStats>> GetInventoryStats([AsParameters] InventoryHandlerServices services, CancellationToken cancellationToken)
    {
        var stats = await services.Db.Products
            .GroupBy(_ => 1)
            .Select(g => new InventoryStats(
                g.Count(),
                g.Count(p => !p.IsDeleted),
                g.Count(p => p.IsDeleted),
                g.Where(p => !p.IsDeleted).Sum(p => (long)p.OnHand),
                g.Where(p => !p.IsDeleted).Sum(p => (long)p.Reserved),
                g.Where(p => !p.IsDeleted).Sum(p => (long)(p.OnHand - p.Reserved)),
                g.Where(p => !p.IsDeleted).Sum(p => p.OnHand * p.Price),
                g.Count(p => !p.IsDeleted && p.OnHand - p.Reserved <= p.LowStockThreshold),
                g.Count(p => !p.IsDeleted && p.OnHand - p.Reserved == 0),
                g.Count(p => !p.IsDeleted && p.OnHand - p.Reserved <= p.ReorderPoint)))
            .SingleOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(stats ?? new InventoryStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    /// <summary>Active items at or below their reorder point, the furthest below first.</summary>
    public static async Task<Ok<PageAnswer<InventoryItem>>> ListItemsToReorder(
        string? page, string? limit, [AsParameters] InventoryHandlerServices services, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Read(page, limit);

        var items = services.Db.Products.AsNoTracking().Where(p => !p.IsDeleted && p.OnHand - p.Reserved <= p.ReorderPoint);
        var rows = await items
            .OrderBy(p => p.OnHand - p.Reserved - p.ReorderPoint).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.Limit).ToListAsync(cancellationToken);
        var total = await paging.TotalAsync(rows.Count, () => items.CountAsync(cancellationToken));
        return TypedResults.Ok(paging.Answer(rows.Select(InventoryItem.From).ToList(), total));
    }

    /// <summary>For the scanner page: a UPC-A scan also finds the item stored under its EAN-13 form.</summary>
    public static async Task<Results<Ok<InventoryItem>, ProblemHttpResult>> FindItemByBarcode(
        string code, [AsParameters] InventoryHandlerServices services, HttpResponse response, CancellationToken cancellationToken)
    {
        // Routing leaves an encoded slash encoded; Code 128 values may contain one.
        var (barcode, problem) = Barcode.Parse(code.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase), (string?)null);
        if (barcode is null) return ApiResults.BadRequest(problem ?? "Not a valid barcode");
        var product = await services.Db.Products.AsNoTracking()
            .SingleOrDefaultAsync(p => p.BarcodeKey == barcode.LookupKey && !p.IsDeleted, cancellationToken);
        return product is null ? ApiResults.NotFound("Item with this barcode") : ItemAnswer(response, product);
    }

    /// <summary>An item answer carrying its version as the ETag, for If-Match on the next edit.</summary>
    private static Ok<InventoryItem> ItemAnswer(HttpResponse response, Product product)
    {
        response.Headers.ETag = $"\"{product.Version}\"";
        return TypedResults.Ok(InventoryItem.From(product));
    }
}
