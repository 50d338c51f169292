using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QommerceHub.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class StoreAssets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "store_assets",
                schema: "identity",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_store_assets", x => new { x.tenant_id, x.kind });
                    table.ForeignKey(
                        name: "fk_store_assets_stores_tenant_id",
                        column: x => x.tenant_id,
                        principalSchema: "identity",
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "store_assets",
                schema: "identity");
        }
    }
}
