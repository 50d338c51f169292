using Npgsql;
using NpgsqlTypes;

namespace QommerceHub.Analytics.Benchmark;

/// <summary>
/// Writes one tenant's read model directly with binary COPY, as the projections would have left it: products,
/// customers, the order facts and lines, and the quarter-hour buckets summed from them. COPY bypasses row-level
/// security only for a superuser, so this connects as one.
/// </summary>
public sealed class ReadModelSeeder(BenchmarkOptions options, string superuserConnectionString)
{
    private static readonly string[] tables = ["sales_buckets", "order_lines", "orders", "products", "customers", "ranking_windows", "event_log"];

    public async Task SeedAsync(DateTimeOffset now)
    {
        await using var data = NpgsqlDataSource.Create(Unhurried(superuserConnectionString));
        foreach (var table in tables)
        {
            await using var wipe = data.CreateCommand($"DELETE FROM analytics.{table} WHERE tenant_id = {options.TenantId}");
            await wipe.ExecuteNonQueryAsync();
        }
        await CopyProductsAsync(data);
        await CopyCustomersAsync(data);
        var buckets = await new OrderCopy(options, data).CopyAsync(now);
        await CopyBucketsAsync(data, buckets);
        // Vacuum now, so autovacuum does not start on the fresh rows in the middle of the measurements,
        await using var vacuum = data.CreateCommand("VACUUM (ANALYZE) analytics.orders, analytics.order_lines, analytics.sales_buckets, analytics.products, analytics.customers");
        await vacuum.ExecuteNonQueryAsync();
        // And write the loaded pages out now rather than during the first measurements.
        await using var checkpoint = data.CreateCommand("CHECKPOINT");
        await checkpoint.ExecuteNonQueryAsync();
    }

    /// <summary>Bulk loads and their index builds take minutes on a busy machine: no command timeout.</summary>
    public static string Unhurried(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString;

    private async Task CopyProductsAsync(NpgsqlDataSource data)
    {
        var stock = new Random(7);
        await using var connection = await data.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY analytics.products (tenant_id, product_id, name, sku, price, low_stock_threshold, details_version, state_version, is_deleted, on_hand, reserved, ledger_entry_id) FROM STDIN (FORMAT BINARY)");
        for (var id = 1; id <= options.Products; id++)
        {
            var onHand = stock.Next(200);
            await copy.StartRowAsync();
            await copy.WriteAsync(options.TenantId, NpgsqlDbType.Integer);
            await copy.WriteAsync(id, NpgsqlDbType.Integer);
            await copy.WriteAsync($"Product {id}", NpgsqlDbType.Varchar);
            await copy.WriteAsync($"SKU-{id:D6}", NpgsqlDbType.Varchar);
            await copy.WriteAsync(SyntheticShop.PriceOf(id), NpgsqlDbType.Numeric);
            await copy.WriteAsync(5 + stock.Next(16), NpgsqlDbType.Integer);
            await copy.WriteAsync(1L, NpgsqlDbType.Bigint);
            await copy.WriteAsync(1L, NpgsqlDbType.Bigint);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean);
            await copy.WriteAsync(onHand, NpgsqlDbType.Integer);
            await copy.WriteAsync(Math.Min(onHand, stock.Next(6)), NpgsqlDbType.Integer);
            await copy.WriteAsync((long)id, NpgsqlDbType.Bigint);
        }
        await copy.CompleteAsync();
    }

    private async Task CopyCustomersAsync(NpgsqlDataSource data)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY analytics.customers (tenant_id, customer_id, name, email, is_deleted, changed_at) FROM STDIN (FORMAT BINARY)");
        var changedAt = DateTimeOffset.UnixEpoch;
        for (var id = 1; id <= options.Customers; id++)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(options.TenantId, NpgsqlDbType.Integer);
            await copy.WriteAsync(id, NpgsqlDbType.Integer);
            await copy.WriteAsync($"Customer {id}", NpgsqlDbType.Varchar);
            await copy.WriteAsync($"customer{id}@example.test", NpgsqlDbType.Varchar);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean);
            await copy.WriteAsync(changedAt, NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync();
    }

    private async Task CopyBucketsAsync(NpgsqlDataSource data, IReadOnlyDictionary<(int Width, DateTimeOffset Start), BucketSums> buckets)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY analytics.sales_buckets (tenant_id, width_minutes, bucket_start, revenue, orders, pending, processing, completed, cancelled) FROM STDIN (FORMAT BINARY)");
        foreach (var ((width, start), sums) in buckets)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(options.TenantId, NpgsqlDbType.Integer);
            await copy.WriteAsync(width, NpgsqlDbType.Integer);
            await copy.WriteAsync(start, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(sums.Revenue, NpgsqlDbType.Numeric);
            await copy.WriteAsync(sums.Orders, NpgsqlDbType.Integer);
            await copy.WriteAsync(sums.Pending, NpgsqlDbType.Integer);
            await copy.WriteAsync(sums.Processing, NpgsqlDbType.Integer);
            await copy.WriteAsync(sums.Completed, NpgsqlDbType.Integer);
            await copy.WriteAsync(sums.Cancelled, NpgsqlDbType.Integer);
        }
        await copy.CompleteAsync();
    }
}
