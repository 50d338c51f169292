using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QommerceHub.Orders.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CustomerEmailUniqueAndLineSku : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "customer_name",
                schema: "orders",
                table: "orders",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "sku",
                schema: "orders",
                table: "order_lines",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Lines placed before the SKU was kept take it from the product replica.
            migrationBuilder.Sql("""
                UPDATE orders.order_lines AS l SET sku = p.sku
                FROM orders.products AS p WHERE p.tenant_id = l.tenant_id AND p.id = l.product_id
                """);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "orders",
                table: "customers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.CreateIndex(
                name: "ux_customers_tenant_email",
                schema: "orders",
                table: "customers",
                columns: new[] { "tenant_id", "email" },
                unique: true,
                filter: "deleted_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_customers_tenant_email",
                schema: "orders",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "sku",
                schema: "orders",
                table: "order_lines");

            migrationBuilder.AlterColumn<string>(
                name: "customer_name",
                schema: "orders",
                table: "orders",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "orders",
                table: "customers",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}
