using Npgsql;

namespace QommerceHub.Reporting.Benchmark;

/// <summary>Fills one tenant's read model with set-based SQL (as the superuser, so row-level security is not in the way).</summary>
public sealed class ReadModelSeeder(string superuserDatabase, int tenantId)
{
    public async Task SeedOrdersAsync(int orders)
    {
        await ExecuteAsync($"""
            INSERT INTO reporting.sales_orders (tenant_id, order_id, customer_id, customer_name, customer_email, customer_address,
                total_amount, currency, placed_at, confirmed_at, status, status_changed_at, payment_status, amount_paid, amount_refunded)
            SELECT {tenantId}, g, 1 + g % 5000, 'Customer ' || (g % 5000), 'customer' || (g % 5000) || '@example.test', 'Street ' || g,
                25.00, 'USD', now() - make_interval(mins => g), now() - make_interval(mins => g), 'completed', now(), 'paid', 25.00, 0
            FROM generate_series(1, {orders}) AS g;
            INSERT INTO reporting.sales_order_lines (tenant_id, order_id, line_number, product_id, product_name, quantity, unit_price)
            SELECT {tenantId}, g, n, n, 'Product ' || n, n, 12.50 / n
            FROM generate_series(1, {orders}) AS g, generate_series(1, 2) AS n;
            INSERT INTO reporting.invoices (tenant_id, order_id, kind, sequence, number, issued_at, total_amount, currency, source_message_id, pdf_content, content_hash)
            SELECT {tenantId}, g, 'Invoice', g, 'INV-' || lpad(g::text, 6, '0'), now(), 25.00, 'USD', gen_random_uuid(), '\x25'::bytea, md5(g::text)
            FROM generate_series(1, {orders}) AS g;
            ANALYZE reporting.sales_orders; ANALYZE reporting.sales_order_lines; ANALYZE reporting.invoices;
            """);
    }

    public async Task SeedItemsAsync(int items)
    {
        await ExecuteAsync($"""
            INSERT INTO reporting.inventory_items (tenant_id, product_id, name, sku, barcode, price, on_hand, reserved,
                low_stock_threshold, is_deleted, version, ledger_entry_id, created_at, updated_at)
            SELECT {tenantId}, g, 'Inventory item number ' || g, 'SKU-' || g, lpad(g::text, 13, '0'), 1 + (g % 500) / 4.0, g % 300, g % 7,
                10, false, 1, 1, now(), now() - make_interval(secs => g)
            FROM generate_series(1, {items}) AS g;
            ANALYZE reporting.inventory_items;
            """);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(superuserDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
