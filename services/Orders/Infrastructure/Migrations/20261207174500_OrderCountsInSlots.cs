using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using QommerceHub.ServiceDefaults.Data;

#nullable disable

namespace QommerceHub.Orders.Infrastructure.Migrations
{
    /// <summary>
    /// Orders counted by status over slots, so concurrent placements stop queueing for one counts row (see
    /// docs/decisions/0015-order-counts-in-slots-and-trimmed-invoice-fonts.md). The model does not change.
    /// </summary>
    [DbContext(typeof(OrdersDbContext))]
    [Migration("20261207174500_OrderCountsInSlots")]
    public partial class OrderCountsInSlots : Migration
    {
        private const string StatusKey = "{row}.status";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.SpreadCountsOverSlots("orders", "orders", StatusKey);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.GatherCountsFromSlots("orders", "orders", StatusKey);
    }
}
