using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using QommerceHub.ServiceDefaults.Data;

#nullable disable

namespace QommerceHub.Catalog.Infrastructure.Migrations
{
    /// <summary>
    /// Lists that cost the same at 100 and 100,000 items: a trigram index for search (usable under row-level security
    /// once ILIKE is marked leakproof, see docs/decisions/0008-search-under-row-level-security.md), one index per sort
    /// the API offers, and per-store item counts kept by triggers. Indexes only: the model does not change.
    /// </summary>
    [DbContext(typeof(CatalogDbContext))]
    [Migration("20261202071000_SearchIndexAndItemCounts")]
    public partial class SearchIndexAndItemCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
                CREATE INDEX ix_products_search ON catalog.products
                    USING gin (name public.gin_trgm_ops, sku public.gin_trgm_ops, barcode public.gin_trgm_ops);
                CREATE INDEX ix_products_sku_order ON catalog.products (tenant_id, is_deleted, sku, id);
                CREATE INDEX ix_products_price_order ON catalog.products (tenant_id, is_deleted, price, id);
                CREATE INDEX ix_products_category_order ON catalog.products (tenant_id, is_deleted, category, id);
                CREATE INDEX ix_products_updated_order ON catalog.products (tenant_id, is_deleted, updated_at, id);
                CREATE INDEX ix_products_sellable_order ON catalog.products (tenant_id, is_deleted, (on_hand - reserved), id);
                """);
            migrationBuilder.CountRowsPerTenant("catalog", "products", "{row}.is_deleted");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE catalog.products_counts;
                DROP TRIGGER products_counted_insert ON catalog.products;
                DROP TRIGGER products_counted_update ON catalog.products;
                DROP TRIGGER products_counted_delete ON catalog.products;
                DROP FUNCTION catalog.count_products();
                DROP INDEX catalog.ix_products_search, catalog.ix_products_sku_order, catalog.ix_products_price_order,
                    catalog.ix_products_category_order, catalog.ix_products_updated_order, catalog.ix_products_sellable_order;
                """);
        }
    }
}
