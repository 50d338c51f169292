using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QommerceHub.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ManagerRoleInvitationsAndLoginThrottles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The second role is called manager in the original's permission table; existing admins keep their rights.
            migrationBuilder.Sql("UPDATE identity.users SET role = 'manager' WHERE role = 'admin';");

            migrationBuilder.DropIndex(
                name: "ix_users_email",
                schema: "identity",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_users_tenant_id",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "failed_login_count",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "locked_until",
                schema: "identity",
                table: "users");

            migrationBuilder.AddColumn<string>(
                name: "payload",
                schema: "identity",
                table: "one_time_tokens",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "login_throttles",
                schema: "identity",
                columns: table => new
                {
                    user_id = table.Column<int>(type: "integer", nullable: false),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    failed_count = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_login_throttles", x => new { x.user_id, x.client_address });
                    table.ForeignKey(
                        name: "fk_login_throttles_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_email",
                schema: "identity",
                table: "users",
                column: "email",
                unique: true,
                filter: "password_hash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_users_tenant_id_email",
                schema: "identity",
                table: "users",
                columns: new[] { "tenant_id", "email" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE identity.users SET role = 'admin' WHERE role = 'manager';");

            migrationBuilder.DropTable(
                name: "login_throttles",
                schema: "identity");

            migrationBuilder.DropIndex(
                name: "ix_users_email",
                schema: "identity",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_users_tenant_id_email",
                schema: "identity",
                table: "users");

            migrationBuilder.DropColumn(
                name: "payload",
                schema: "identity",
                table: "one_time_tokens");

            migrationBuilder.AddColumn<int>(
                name: "failed_login_count",
                schema: "identity",
                table: "users",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "locked_until",
                schema: "identity",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_email",
                schema: "identity",
                table: "users",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_tenant_id",
                schema: "identity",
                table: "users",
                column: "tenant_id");
        }
    }
}
