using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QommerceHub.Payments.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RefundsRecordedBeforeTheProviderCall : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "provider_refund_id",
                schema: "payments",
                table: "refunds",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(255)",
                oldMaxLength: 255);

            migrationBuilder.AddColumn<string>(
                name: "idempotency_key",
                schema: "payments",
                table: "refunds",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_refunds_idempotency_key",
                schema: "payments",
                table: "refunds",
                column: "idempotency_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_refunds_idempotency_key",
                schema: "payments",
                table: "refunds");

            migrationBuilder.DropColumn(
                name: "idempotency_key",
                schema: "payments",
                table: "refunds");

            migrationBuilder.AlterColumn<string>(
                name: "provider_refund_id",
                schema: "payments",
                table: "refunds",
                type: "character varying(255)",
                maxLength: 255,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(255)",
                oldMaxLength: 255,
                oldNullable: true);
        }
    }
}
