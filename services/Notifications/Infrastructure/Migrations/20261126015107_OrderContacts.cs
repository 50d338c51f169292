using Microsoft.EntityFrameworkCore.Migrations;
using QommerceHub.ServiceDefaults.Data;

#nullable disable

namespace QommerceHub.Notifications.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OrderContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "order_contacts",
                schema: "notifications",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    order_id = table.Column<int>(type: "integer", nullable: false),
                    customer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    customer_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_contacts", x => new { x.tenant_id, x.order_id });
                });

            // Only consumers, acting for the message's tenant, read this replica.
            migrationBuilder.EnableTenantRowLevelSecurity("notifications", "order_contacts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "order_contacts",
                schema: "notifications");
        }
    }
}
