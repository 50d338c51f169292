using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QommerceHub.Notifications.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class MailClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_outgoing_mails_next_attempt_at1",
                schema: "notifications",
                table: "outgoing_mails",
                column: "next_attempt_at",
                filter: "status = 'Sending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outgoing_mails_next_attempt_at1",
                schema: "notifications",
                table: "outgoing_mails");
        }
    }
}
