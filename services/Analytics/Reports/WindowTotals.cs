using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Reports;

/// <summary>
/// Bulk changes to a ranking window's totals, computed from what the aggregates hold for each order (its
/// applied contribution), so windows, buckets and order facts always agree.
/// </summary>
public static class WindowTotals
{
    public static async Task FillAsync(AnalyticsDbContext db, RankingWindow window, DateTimeOffset start, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics.window_product_totals (tenant_id, window_id, product_id, quantity, revenue)
            SELECT o.tenant_id, {window.Id}, l.product_id, sum(l.quantity), sum(l.quantity * l.unit_price)
            FROM analytics.orders o
            JOIN analytics.order_lines l ON l.tenant_id = o.tenant_id AND l.order_id = o.order_id
            WHERE o.tenant_id = {window.TenantId} AND o.applied_counted AND o.placed_at >= {start}
            GROUP BY o.tenant_id, l.product_id
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics.window_customer_totals (tenant_id, window_id, customer_id, orders, spent)
            SELECT o.tenant_id, {window.Id}, o.customer_id, count(*), sum(o.applied_revenue)
            FROM analytics.orders o
            WHERE o.tenant_id = {window.TenantId} AND o.applied_counted AND o.placed_at >= {start}
            GROUP BY o.tenant_id, o.customer_id
            """, cancellationToken);
    }

    /// <summary>Takes out the orders placed in [from, to): the days that left the window.</summary>
    public static async Task SubtractAsync(AnalyticsDbContext db, RankingWindow window, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics.window_product_totals AS t (tenant_id, window_id, product_id, quantity, revenue)
            SELECT o.tenant_id, {window.Id}, l.product_id, -sum(l.quantity), -sum(l.quantity * l.unit_price)
            FROM analytics.orders o
            JOIN analytics.order_lines l ON l.tenant_id = o.tenant_id AND l.order_id = o.order_id
            WHERE o.tenant_id = {window.TenantId} AND o.applied_counted AND o.placed_at >= {from} AND o.placed_at < {to}
            GROUP BY o.tenant_id, l.product_id
            ON CONFLICT (window_id, product_id) DO UPDATE SET
                quantity = t.quantity + excluded.quantity, revenue = t.revenue + excluded.revenue
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics.window_customer_totals AS t (tenant_id, window_id, customer_id, orders, spent)
            SELECT o.tenant_id, {window.Id}, o.customer_id, -count(*), -sum(o.applied_revenue)
            FROM analytics.orders o
            WHERE o.tenant_id = {window.TenantId} AND o.applied_counted AND o.placed_at >= {from} AND o.placed_at < {to}
            GROUP BY o.tenant_id, o.customer_id
            ON CONFLICT (window_id, customer_id) DO UPDATE SET
                orders = t.orders + excluded.orders, spent = t.spent + excluded.spent
            """, cancellationToken);
        await db.WindowProductTotals.Where(t => t.WindowId == window.Id && t.Quantity == 0 && t.Revenue == 0m).ExecuteDeleteAsync(cancellationToken);
        await db.WindowCustomerTotals.Where(t => t.WindowId == window.Id && t.Orders == 0 && t.Spent == 0m).ExecuteDeleteAsync(cancellationToken);
    }

    public static async Task ClearAsync(AnalyticsDbContext db, RankingWindow window, CancellationToken cancellationToken)
    {
        await db.WindowProductTotals.Where(t => t.WindowId == window.Id).ExecuteDeleteAsync(cancellationToken);
        await db.WindowCustomerTotals.Where(t => t.WindowId == window.Id).ExecuteDeleteAsync(cancellationToken);
    }
}
