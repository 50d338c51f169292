using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QommerceHub.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SessionsPerSignIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_refresh_tokens_user_id",
                schema: "identity",
                table: "refresh_tokens");

            migrationBuilder.AddColumn<Guid>(
                name: "session_id",
                schema: "identity",
                table: "refresh_tokens",
                type: "uuid",
                nullable: false,
                // Tokens issued before sessions existed become one session each.
                defaultValueSql: "gen_random_uuid()");

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_user_id_session_id",
                schema: "identity",
                table: "refresh_tokens",
                columns: new[] { "user_id", "session_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_refresh_tokens_user_id_session_id",
                schema: "identity",
                table: "refresh_tokens");

            migrationBuilder.DropColumn(
                name: "session_id",
                schema: "identity",
                table: "refresh_tokens");

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_user_id",
                schema: "identity",
                table: "refresh_tokens",
                column: "user_id");
        }
    }
}
