using System.Globalization;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.IntegrationEvents.Events;
using QommerceHub.Catalog.Model;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Catalog.Services;

/// <summary>CSV import of new items: every row is checked first; then all rows are written in one transaction, or none.</summary>
public sealed class InventoryImport(CatalogDbContext db, TimeProvider clock)
{
    public const long MaxFileBytes = 16 * 1024 * 1024;
    public const int MaxRows = 50_000;

    public sealed record Checked(List<ProductDraft> Drafts, List<ImportRowError> Errors, int TotalRows);

    public async Task<Checked> CheckAsync(Stream csv, CancellationToken cancellationToken)
    {
        var (rows, errors) = await InventoryCsvReader.ReadAsync(csv, MaxRows, cancellationToken);
        var skus = (await db.Products.Select(p => p.Sku).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var barcodes = (await db.Products.Where(p => p.BarcodeKey != null).Select(p => p.BarcodeKey!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var drafts = new List<ProductDraft>(rows.Count);
        foreach (var row in rows)
        {
            var draft = Validate(row, errors);
            if (draft is null) continue;
            if (!skus.Add(draft.Sku)) errors.Add(new ImportRowError(row.Row, "sku", $"SKU '{draft.Sku}' already exists or appears earlier in the file"));
            else if (draft.Barcode is { } code && !barcodes.Add(code.LookupKey))
                errors.Add(new ImportRowError(row.Row, "barcode", $"Barcode '{code.Value}' already exists or appears earlier in the file"));
            else drafts.Add(draft);
        }
        var total = rows.Count + errors.Where(e => e.Field is "row").Select(e => e.Row).Distinct().Count();
        return new Checked(drafts, [.. errors.OrderBy(e => e.Row)], total);
    }

    /// <summary>
    /// Writes every draft with its opening ledger row and ProductCreated event in one transaction, and answers how many
    /// were created; a SKU or barcode another request took since the check refuses the whole file.
    /// </summary>
    public async Task<Outcome<int>> ApplyAsync(IReadOnlyList<ProductDraft> drafts, int tenantId, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var created = await WriteAsync(drafts, tenantId, actor, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Outcome.Ok(created);
        }
        catch (DbUpdateException ex) when (DuplicateItems.Describe(ex) is { } clash)
        {
            return Outcome.Conflict<int>(clash + "; nothing was imported");
        }
    }

    private async Task<int> WriteAsync(IReadOnlyList<ProductDraft> drafts, int tenantId, string actor, CancellationToken cancellationToken)
    {
        var now = clock.Now();
        var opened = drafts.Select(d => Product.Open(d, tenantId, StockReason.Created, actor, now)).ToList();
        var products = opened.Select(o => o.Product).ToList();
        var ids = await db.InsertProductsAsync(products, cancellationToken);
        var created = new List<ProductCreated>(products.Count);
        var ledger = new List<StockLedgerEntry>(products.Count);
        foreach (var (product, opening) in opened)
        {
            var id = ids[product.Sku];
            ledger.Add(opening.ForProduct(id));
            created.Add(ProductEvents.Created(product, now) with { ProductId = id });
        }
        await db.InsertLedgerAsync(ledger, cancellationToken);
        await db.PublishAllAsync(created, cancellationToken);
        return products.Count;
    }

    private static ProductDraft? Validate(InventoryCsvRow row, List<ImportRowError> rowErrors)
    {
        var errors = new FieldErrors();
        var draft = ProductDraft.Validate(errors, row.Name, row.Sku,
            Number(errors, "quantity", row.Quantity), Number(errors, "price", row.Price), row.Barcode, row.BarcodeFormat,
            Number(errors, "low_stock_threshold", row.LowStockThreshold), Number(errors, "reorder_point", row.ReorderPoint));
        rowErrors.AddRange(errors.All.DistinctBy(e => e.Field).Select(e => new ImportRowError(row.Row, e.Field, e.Message)));
        return errors.Any ? null : draft;
    }

    private static decimal? Number(FieldErrors errors, string field, string? text)
    {
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        errors.Add(field, $"'{text}' is not a number");
        return null;
    }
}
