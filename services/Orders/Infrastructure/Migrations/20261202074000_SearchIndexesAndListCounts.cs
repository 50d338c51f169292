using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using QommerceHub.ServiceDefaults.Data;

#nullable disable

namespace QommerceHub.Orders.Infrastructure.Migrations
{
    /// <summary>
    /// Lists that cost the same at 100 and at 1,000,000 orders: a trigram index for customer search (usable under
    /// row-level security, see docs/decisions/0008-search-under-row-level-security.md) and per-store counts of
    /// customers and of orders by status, kept by triggers. Indexes only: the model does not change.
    /// </summary>
    [DbContext(typeof(OrdersDbContext))]
    [Migration("20261202074000_SearchIndexesAndListCounts")]
    public partial class SearchIndexesAndListCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
                CREATE INDEX ix_customers_search ON orders.customers
                    USING gin (name public.gin_trgm_ops, email public.gin_trgm_ops, phone public.gin_trgm_ops)
                    WHERE deleted_at IS NULL;
                CREATE INDEX ix_orders_newest ON orders.orders (tenant_id, created_at DESC, id DESC);
                CREATE INDEX ix_orders_status_newest ON orders.orders (tenant_id, status, created_at DESC, id DESC);
                """);
            migrationBuilder.CountRowsPerTenant("orders", "customers", "{row}.deleted_at IS NULL");
            migrationBuilder.CountRowsPerTenant("orders", "orders", "{row}.status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE orders.customers_counts, orders.orders_counts;
                DROP TRIGGER customers_counted_insert ON orders.customers;
                DROP TRIGGER customers_counted_update ON orders.customers;
                DROP TRIGGER customers_counted_delete ON orders.customers;
                DROP TRIGGER orders_counted_insert ON orders.orders;
                DROP TRIGGER orders_counted_update ON orders.orders;
                DROP TRIGGER orders_counted_delete ON orders.orders;
                DROP FUNCTION orders.count_customers(), orders.count_orders();
                DROP INDEX orders.ix_customers_search, orders.ix_orders_newest, orders.ix_orders_status_newest;
                """);
        }
    }
}
