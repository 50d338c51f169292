using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Projections;

/// <summary>
/// Gives every product and customer an order names a row with the name the order carries, so top lists can
/// always show a name; Catalog's and Orders' own events overwrite it when they arrive.
/// </summary>
public sealed class ReplicaPlaceholders(AnalyticsDbContext db, AggregationMode mode)
{
    public async Task EnsureAsync(OrderConfirmed order, CancellationToken cancellationToken)
    {
        // A deferred replay adds them all at once when it settles (from the stored lines and orders).
        if (mode.Deferred) return;
        // Rows this unit of work added through EF must exist before the inserts below skip over them.
        await db.SaveChangesAsync(cancellationToken);
        var products = order.Lines.DistinctBy(l => l.ProductId).OrderBy(l => l.ProductId).ToArray();
        var productIds = products.Select(l => l.ProductId).ToArray();
        var productNames = products.Select(l => l.ProductName).ToArray();
        // Both in one round trip.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics.products (tenant_id, product_id, name, sku, price, low_stock_threshold,
                details_version, state_version, is_deleted, on_hand, reserved, ledger_entry_id)
            SELECT {order.TenantId}, p.id, p.name, '', 0, 0, 0, 0, false, 0, 0, 0
            FROM unnest({productIds}, {productNames}) AS p(id, name)
            ON CONFLICT (tenant_id, product_id) DO NOTHING;

            INSERT INTO analytics.customers (tenant_id, customer_id, name, is_deleted)
            VALUES ({order.TenantId}, {order.CustomerId}, {order.CustomerName}, false)
            ON CONFLICT (tenant_id, customer_id) DO NOTHING
            """, cancellationToken);
    }
}
