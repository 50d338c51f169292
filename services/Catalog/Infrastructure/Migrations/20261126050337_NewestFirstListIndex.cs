using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QommerceHub.Catalog.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class NewestFirstListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_is_deleted_created_at_id",
                schema: "catalog",
                table: "products",
                columns: new[] { "tenant_id", "is_deleted", "created_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_products_tenant_id_is_deleted_created_at_id",
                schema: "catalog",
                table: "products");
        }
    }
}
