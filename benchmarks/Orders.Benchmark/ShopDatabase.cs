using Npgsql;

namespace QommerceHub.Orders.Benchmark;

/// <summary>
/// Reads the services' tables directly, as an observer: when each replica has absorbed an import, and when each
/// order's confirmation email (with its invoice) was sent. Nothing here writes; the services never see it.
/// </summary>
public sealed class ShopDatabase(string superuserConnectionString)
{
    private readonly NpgsqlDataSource source = new NpgsqlDataSourceBuilder(
        superuserConnectionString).Build();

    /// <summary>The product replicas kept from Catalog's events, by service.</summary>
    public static readonly string[] ProductReplicas = ["orders.products", "reporting.inventory_items", "analytics.products"];

    public async Task<long> CountAsync(string table, int tenantId)
    {
        await using var command = source.CreateCommand($"SELECT count(*) FROM {table} WHERE tenant_id = $1");
        command.Parameters.AddWithValue(tenantId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<(int First, int Last)> ItemIdsAsync(int tenantId)
    {
        await using var command = source.CreateCommand("SELECT min(id), max(id) FROM catalog.products WHERE tenant_id = $1");
        command.Parameters.AddWithValue(tenantId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>
    /// Transactions PostgreSQL has ended, in every database; a statement outside a transaction is one. A backend reports
    /// its counts within <see cref="StatisticsDelay"/>, so read this that long after the work to be counted.
    /// </summary>
    public async Task<long> TransactionsAsync()
    {
        await using var command = source.CreateCommand("SELECT sum(xact_commit + xact_rollback)::bigint FROM pg_stat_database");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>PostgreSQL 15's longest wait before an idle backend reports its statistics (PGSTAT_IDLE_INTERVAL), plus a second.</summary>
    public static readonly TimeSpan StatisticsDelay = TimeSpan.FromSeconds(11);

    /// <summary>How many of the store's orders are reserved, and how many confirmation emails have been sent.</summary>
    public async Task<(long Reserved, long Confirmed)> PipelineAsync(int tenantId)
    {
        await using var command = source.CreateCommand("""
            SELECT (SELECT count(*) FROM orders.orders WHERE tenant_id = $1 AND stock_status = 'reserved'),
                   (SELECT count(*) FROM notifications.outgoing_mails WHERE tenant_id = $1 AND template = 'order-confirmation' AND sent_at IS NOT NULL)
            """);
        command.Parameters.AddWithValue(tenantId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Milliseconds from each order's placement to its confirmation email with the invoice being sent.</summary>
    public async Task<double[]> PlacedToConfirmedAsync(int tenantId, int[] orderIds)
    {
        await using var command = source.CreateCommand("""
            SELECT extract(epoch FROM (m.sent_at - o.created_at)) * 1000
            FROM orders.orders o
            JOIN notifications.outgoing_mails m ON m.tenant_id = o.tenant_id AND m.template = 'order-confirmation'
                 AND substring(m.subject FROM 'order #([0-9]+)')::int = o.id
            WHERE o.tenant_id = $1 AND o.id = ANY($2) AND m.sent_at IS NOT NULL
            """);
        command.Parameters.AddWithValue(tenantId);
        command.Parameters.AddWithValue(orderIds);
        var times = new List<double>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) times.Add((double)reader.GetDecimal(0));
        return [.. times.Order()];
    }
}
