using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace QommerceHub.Analytics.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OrderStatusChangedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "status_changed_at",
                schema: "analytics",
                table: "orders",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "status_changed_at",
                schema: "analytics",
                table: "orders");
        }
    }
}
