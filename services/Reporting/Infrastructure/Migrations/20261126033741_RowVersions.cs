using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QommerceHub.Reporting.Infrastructure.Migrations
{
    /// <summary>
    /// Makes PostgreSQL's xmin the concurrency token of the replica rows that several consumers update. xmin is a
    /// system column, so Npgsql emits no SQL here; only the model changes.
    /// </summary>
    public partial class RowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "reporting",
                table: "store_profiles",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "reporting",
                table: "sales_orders",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "reporting",
                table: "inventory_items",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "reporting",
                table: "customers",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "reporting",
                table: "store_profiles");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "reporting",
                table: "sales_orders");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "reporting",
                table: "inventory_items");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "reporting",
                table: "customers");
        }
    }
}
