using Npgsql;

namespace QommerceHub.Gateway.Benchmark;

/// <summary>
/// Writes a big store's customers and orders straight into Orders' tables (as superuser, which row-level security
/// does not bind), as years of trading would have left them. The list-count triggers fire for these inserts too.
/// Items come through the API's CSV import instead, so every replica sees them as in production.
/// </summary>
public sealed class ShopSeeder(string superuserConnectionString, int tenantId)
{
    private static readonly string[] statuses = ["pending", "processing", "completed", "cancelled"];

    public async Task SeedAsync(int customers, int orders)
    {
        var connection = new NpgsqlConnectionStringBuilder(superuserConnectionString) { CommandTimeout = 0 }.ConnectionString;
        await using var data = NpgsqlDataSource.Create(connection);
        await ExecuteAsync(data, $"""
            INSERT INTO orders.customers (tenant_id, name, email, phone, address, created_at, updated_at)
            SELECT {tenantId}, 'Customer ' || g, 'customer' || g || '@example.test', '+44 20 7946 ' || lpad((g % 10000)::text, 4, '0'),
                   g || ' High Street', now() - (g || ' minutes')::interval, now()
            FROM generate_series(1, {customers}) g
            """);
        await ExecuteAsync(data, $"""
            INSERT INTO orders.orders (tenant_id, customer_id, customer_name, customer_email, currency, total_amount, status,
                                       stock_status, payment_status, created_at, updated_at)
            SELECT {tenantId}, c.id, c.name, c.email, 'USD', 5 + (g % 200), (ARRAY['{string.Join("','", statuses)}'])[1 + g % 4],
                   'reserved', 'unpaid', now() - (g || ' seconds')::interval, now()
            FROM generate_series(1, {orders}) g
            JOIN orders.customers c ON c.tenant_id = {tenantId} AND c.email = 'customer' || (1 + g % {customers}) || '@example.test'
            """);
        await ExecuteAsync(data, "VACUUM (ANALYZE) orders.customers, orders.orders");
    }

    private static async Task ExecuteAsync(NpgsqlDataSource data, string sql)
    {
#pragma warning disable CA2100 // Built from numbers and constants of this class.
        await using var command = data.CreateCommand(sql);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
