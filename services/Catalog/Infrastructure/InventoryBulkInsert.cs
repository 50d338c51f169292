using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Infrastructure;

/// <summary>
/// Set-based inserts for the CSV import: one statement per table instead of one row at a time, inside the
/// caller's transaction. (COPY is not allowed on tables under row-level security, so these use unnest.)
/// </summary>
public static class InventoryBulkInsert
{
    /// <summary>Inserts the new products and returns their ids by SKU.</summary>
    public static async Task<Dictionary<string, int>> InsertProductsAsync(this CatalogDbContext db, IReadOnlyList<Product> products, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """
            INSERT INTO catalog.products (tenant_id, name, sku, barcode, barcode_format, barcode_key, price, on_hand, reserved,
                low_stock_threshold, reorder_point, is_deleted, created_at, updated_at, version)
            SELECT tenant_id, name, sku, barcode, barcode_format, barcode_key, price, on_hand, 0,
                low_stock_threshold, reorder_point, false, created_at, created_at, version
            FROM unnest(@tenant_id, @name, @sku, @barcode, @barcode_format, @barcode_key, @price, @on_hand,
                @low_stock_threshold, @reorder_point, @created_at, @version)
                AS r(tenant_id, name, sku, barcode, barcode_format, barcode_key, price, on_hand, low_stock_threshold, reorder_point, created_at, version)
            RETURNING id, sku
            """);
        Add(command, "tenant_id", products.Select(p => p.TenantId));
        Add(command, "name", products.Select(p => p.Name));
        Add(command, "sku", products.Select(p => p.Sku));
        Add(command, "barcode", products.Select(p => p.Barcode));
        Add(command, "barcode_format", products.Select(p => p.BarcodeFormat));
        Add(command, "barcode_key", products.Select(p => p.BarcodeKey));
        Add(command, "price", products.Select(p => p.Price));
        Add(command, "on_hand", products.Select(p => p.OnHand));
        Add(command, "low_stock_threshold", products.Select(p => p.LowStockThreshold));
        Add(command, "reorder_point", products.Select(p => p.ReorderPoint));
        Add(command, "created_at", products.Select(p => p.CreatedAt));
        Add(command, "version", products.Select(p => p.Version));

        var ids = new Dictionary<string, int>(products.Count, StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids[reader.GetString(1)] = reader.GetInt32(0);
        return ids;
    }

    /// <summary>Appends ledger rows whose product ids are already known.</summary>
    public static async Task InsertLedgerAsync(this CatalogDbContext db, IReadOnlyList<StockLedgerEntry> entries, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """
            INSERT INTO catalog.stock_ledger (tenant_id, product_id, change, reserved_change, resulting_on_hand, resulting_reserved,
                reason, reference, actor, created_at)
            SELECT * FROM unnest(@tenant_id, @product_id, @change, @reserved_change, @resulting_on_hand, @resulting_reserved,
                @reason, @reference, @actor, @created_at)
            """);
        Add(command, "tenant_id", entries.Select(e => e.TenantId));
        Add(command, "product_id", entries.Select(e => e.ProductId));
        Add(command, "change", entries.Select(e => e.Change));
        Add(command, "reserved_change", entries.Select(e => e.ReservedChange));
        Add(command, "resulting_on_hand", entries.Select(e => e.ResultingOnHand));
        Add(command, "resulting_reserved", entries.Select(e => e.ResultingReserved));
        Add(command, "reason", entries.Select(e => e.Reason));
        Add(command, "reference", entries.Select(e => e.Reference));
        Add(command, "actor", entries.Select(e => e.Actor));
        Add(command, "created_at", entries.Select(e => e.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand Command(CatalogDbContext db, string sql)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction");
#pragma warning disable CA2100 // Constant SQL; values travel as parameters.
        return new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
    }

    private static void Add<T>(NpgsqlCommand command, string name, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter<T[]>(name, values.ToArray()));
}
