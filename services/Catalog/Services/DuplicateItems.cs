using Microsoft.EntityFrameworkCore;
using Npgsql;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Services;

/// <summary>SKU and barcode are unique within a store (deleted items included); this names the clash.</summary>
internal static class DuplicateItems
{
    public static async Task<string?> FindClashAsync(CatalogDbContext db, string? sku, Barcode? barcode, int? exceptId, CancellationToken cancellationToken)
    {
        if (sku is not null && await db.Products.AnyAsync(p => p.Sku == sku && p.Id != exceptId, cancellationToken))
            return $"An item with SKU '{sku}' already exists";
        if (barcode is not null && await db.Products.AnyAsync(p => p.BarcodeKey == barcode.LookupKey && p.Id != exceptId, cancellationToken))
            return $"An item with barcode '{barcode.Value}' already exists";
        return null;
    }

    /// <summary>The same clash caught by the unique index when two requests race past the check above.</summary>
    public static string? Describe(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
            ? unique.ConstraintName switch
            {
                "ux_products_tenant_sku" => "An item with this SKU already exists",
                "ux_products_tenant_barcode" => "An item with this barcode already exists",
                _ => null,
            }
            : null;
}
