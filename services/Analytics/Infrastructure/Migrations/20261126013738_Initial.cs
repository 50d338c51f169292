using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using QommerceHub.ServiceDefaults.Data;

#nullable disable

namespace QommerceHub.Analytics.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "analytics");

            migrationBuilder.CreateTable(
                name: "customers",
                schema: "analytics",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    customer_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customers", x => new { x.tenant_id, x.customer_id });
                });

            migrationBuilder.CreateTable(
                name: "event_log",
                schema: "analytics",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "analytics",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "orders",
                schema: "analytics",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    order_id = table.Column<int>(type: "integer", nullable: false),
                    customer_id = table.Column<int>(type: "integer", nullable: true),
                    placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    total_amount = table.Column<decimal>(type: "numeric", nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    refunded_amount = table.Column<decimal>(type: "numeric", nullable: false),
                    applied_counted = table.Column<bool>(type: "boolean", nullable: false),
                    applied_revenue = table.Column<decimal>(type: "numeric", nullable: false),
                    applied_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_orders", x => new { x.tenant_id, x.order_id });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "analytics",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false),
                    correlation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    trace_parent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "products",
                schema: "analytics",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sku = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    price = table.Column<decimal>(type: "numeric", nullable: false),
                    low_stock_threshold = table.Column<int>(type: "integer", nullable: false),
                    details_version = table.Column<long>(type: "bigint", nullable: false),
                    state_version = table.Column<long>(type: "bigint", nullable: false),
                    is_deleted = table.Column<bool>(type: "boolean", nullable: false),
                    on_hand = table.Column<int>(type: "integer", nullable: false),
                    reserved = table.Column<int>(type: "integer", nullable: false),
                    ledger_entry_id = table.Column<long>(type: "bigint", nullable: false),
                    low_stock_alerted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => new { x.tenant_id, x.product_id });
                });

            migrationBuilder.CreateTable(
                name: "ranking_windows",
                schema: "analytics",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ranking_windows", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sales_buckets",
                schema: "analytics",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    bucket_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revenue = table.Column<decimal>(type: "numeric", nullable: false),
                    orders = table.Column<int>(type: "integer", nullable: false),
                    pending = table.Column<int>(type: "integer", nullable: false),
                    processing = table.Column<int>(type: "integer", nullable: false),
                    completed = table.Column<int>(type: "integer", nullable: false),
                    cancelled = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sales_buckets", x => new { x.tenant_id, x.bucket_start });
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                schema: "analytics",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    order_id = table.Column<int>(type: "integer", nullable: false),
                    line_no = table.Column<int>(type: "integer", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    product_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_order_lines", x => new { x.tenant_id, x.order_id, x.line_no });
                    table.ForeignKey(
                        name: "fk_order_lines_orders_tenant_id_order_id",
                        columns: x => new { x.tenant_id, x.order_id },
                        principalSchema: "analytics",
                        principalTable: "orders",
                        principalColumns: new[] { "tenant_id", "order_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "window_customer_totals",
                schema: "analytics",
                columns: table => new
                {
                    window_id = table.Column<long>(type: "bigint", nullable: false),
                    customer_id = table.Column<int>(type: "integer", nullable: false),
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    orders = table.Column<int>(type: "integer", nullable: false),
                    spent = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_window_customer_totals", x => new { x.window_id, x.customer_id });
                    table.ForeignKey(
                        name: "fk_window_customer_totals_ranking_windows_window_id",
                        column: x => x.window_id,
                        principalSchema: "analytics",
                        principalTable: "ranking_windows",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "window_product_totals",
                schema: "analytics",
                columns: table => new
                {
                    window_id = table.Column<long>(type: "bigint", nullable: false),
                    product_id = table.Column<int>(type: "integer", nullable: false),
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    quantity = table.Column<long>(type: "bigint", nullable: false),
                    revenue = table.Column<decimal>(type: "numeric", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_window_product_totals", x => new { x.window_id, x.product_id });
                    table.ForeignKey(
                        name: "fk_window_product_totals_ranking_windows_window_id",
                        column: x => x.window_id,
                        principalSchema: "analytics",
                        principalTable: "ranking_windows",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_event_log_message_id",
                schema: "analytics",
                table: "event_log",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_log_tenant_id_id",
                schema: "analytics",
                table: "event_log",
                columns: new[] { "tenant_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_orders_tenant_id_placed_at",
                schema: "analytics",
                table: "orders",
                columns: new[] { "tenant_id", "placed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                schema: "analytics",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                schema: "analytics",
                table: "outbox_messages",
                column: "id",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_ranking_windows_tenant_id_time_zone_days",
                schema: "analytics",
                table: "ranking_windows",
                columns: new[] { "tenant_id", "time_zone", "days" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_window_customer_totals_window_id_spent_customer_id",
                schema: "analytics",
                table: "window_customer_totals",
                columns: new[] { "window_id", "spent", "customer_id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_window_product_totals_window_id_revenue_product_id",
                schema: "analytics",
                table: "window_product_totals",
                columns: new[] { "window_id", "revenue", "product_id" },
                descending: new[] { false, true, false });

            // Second guard of tenant isolation, behind the EF query filters. The event log is read only by the
            // operator's rebuild command, which walks every tenant, so it carries no policy.
            foreach (var table in new[] { "orders", "order_lines", "sales_buckets", "products", "customers", "ranking_windows", "window_product_totals", "window_customer_totals" })
            {
                migrationBuilder.EnableTenantRowLevelSecurity("analytics", table);
            }

            // The low-stock list reads the first rows of this index instead of every item of the store.
            migrationBuilder.Sql("""
                CREATE INDEX ix_products_low_stock ON analytics.products (tenant_id, (on_hand - reserved), product_id)
                WHERE details_version > 0 AND NOT is_deleted AND on_hand - reserved <= low_stock_threshold
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customers",
                schema: "analytics");

            migrationBuilder.DropTable(
                name: "event_log",
                schema: "analytics");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "analytics");

            migrationBuilder.DropTable(
                name: "order_lines",
                schema: "analytics");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "analytics");

            migrationBuilder.DropTable(
                name: "products",
                schema: "analytics");

            migrationBuilder.DropTable(
                name: "sales_buckets",
                schema: "analytics");

            migrationBuilder.DropTable(
                name: "window_customer_totals",
                schema: "analytics");

            migrationBuilder.DropTable(
                name: "window_product_totals",
                schema: "analytics");

            migrationBuilder.DropTable(
                name: "orders",
                schema: "analytics");

            migrationBuilder.DropTable(
                name: "ranking_windows",
                schema: "analytics");
        }
    }
}
