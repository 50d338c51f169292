using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QommerceHub.Analytics.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class HourBucketsAndOrderCustomerName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_sales_buckets",
                schema: "analytics",
                table: "sales_buckets");

            migrationBuilder.AddColumn<int>(
                name: "width_minutes",
                schema: "analytics",
                table: "sales_buckets",
                type: "integer",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<string>(
                name: "customer_name",
                schema: "analytics",
                table: "orders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "pk_sales_buckets",
                schema: "analytics",
                table: "sales_buckets",
                columns: new[] { "tenant_id", "width_minutes", "bucket_start" });

            // The buckets so far were quarter hours: add the hours they make up. Row-level security binds the owning
            // role too, so it is lifted for this statement only; the migration runs as one transaction.
            migrationBuilder.Sql("""
                ALTER TABLE analytics.sales_buckets NO FORCE ROW LEVEL SECURITY;
                INSERT INTO analytics.sales_buckets (tenant_id, width_minutes, bucket_start, revenue, orders, pending, processing, completed, cancelled)
                SELECT tenant_id, 60, date_trunc('hour', bucket_start, 'UTC'), sum(revenue), sum(orders), sum(pending), sum(processing), sum(completed), sum(cancelled)
                FROM analytics.sales_buckets WHERE width_minutes = 15
                GROUP BY tenant_id, date_trunc('hour', bucket_start, 'UTC');
                ALTER TABLE analytics.sales_buckets FORCE ROW LEVEL SECURITY;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE analytics.sales_buckets NO FORCE ROW LEVEL SECURITY;
                DELETE FROM analytics.sales_buckets WHERE width_minutes <> 15;
                ALTER TABLE analytics.sales_buckets FORCE ROW LEVEL SECURITY;
                """);

            migrationBuilder.DropPrimaryKey(
                name: "pk_sales_buckets",
                schema: "analytics",
                table: "sales_buckets");

            migrationBuilder.DropColumn(
                name: "width_minutes",
                schema: "analytics",
                table: "sales_buckets");

            migrationBuilder.DropColumn(
                name: "customer_name",
                schema: "analytics",
                table: "orders");

            migrationBuilder.AddPrimaryKey(
                name: "pk_sales_buckets",
                schema: "analytics",
                table: "sales_buckets",
                columns: new[] { "tenant_id", "bucket_start" });
        }
    }
}
