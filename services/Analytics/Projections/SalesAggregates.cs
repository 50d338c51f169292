using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Projections;

/// <summary>
/// Moves the sales buckets and the ranking windows by the difference between what they hold for an order and
/// what its current state says. Applying the same state twice changes nothing, so a projection may run again.
/// </summary>
public sealed class SalesAggregates(AnalyticsDbContext db, AggregationMode mode)
{
    /// <summary>A batch's bucket changes, added up until <see cref="WriteCollectedBucketsAsync"/>; null outside a batch.</summary>
    private Dictionary<(int Width, DateTimeOffset Start), BucketChange>? collectedBuckets;

    /// <summary>
    /// For a batch of events: bucket changes add up and are written once, after every window change of the batch, so
    /// the rows every order of the hour shares are locked last and once (as a single event locks them).
    /// </summary>
    public void CollectBuckets() => collectedBuckets ??= [];

    public async Task WriteCollectedBucketsAsync(int tenantId, CancellationToken cancellationToken)
    {
        if (collectedBuckets is not { Count: > 0 } collected) return;
        var buckets = collected.OrderBy(b => b.Key.Width).ThenBy(b => b.Key.Start).ToList();
        collected.Clear();
        var widths = buckets.Select(b => b.Key.Width).ToArray();
        var starts = buckets.Select(b => b.Key.Start).ToArray();
        var revenues = buckets.Select(b => b.Value.Revenue).ToArray();
        var orders = buckets.Select(b => b.Value.Orders).ToArray();
        var pending = buckets.Select(b => b.Value.Pending).ToArray();
        var processing = buckets.Select(b => b.Value.Processing).ToArray();
        var completed = buckets.Select(b => b.Value.Completed).ToArray();
        var cancelled = buckets.Select(b => b.Value.Cancelled).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics.sales_buckets AS b (tenant_id, width_minutes, bucket_start, revenue, orders, pending, processing, completed, cancelled)
            SELECT {tenantId}, c.width, c.start, c.revenue, c.orders, c.pending, c.processing, c.completed, c.cancelled
            FROM unnest({widths}, {starts}, {revenues}, {orders}, {pending}, {processing}, {completed}, {cancelled})
                AS c(width, start, revenue, orders, pending, processing, completed, cancelled)
            ORDER BY c.width, c.start
            ON CONFLICT (tenant_id, width_minutes, bucket_start) DO UPDATE SET
                revenue = b.revenue + excluded.revenue, orders = b.orders + excluded.orders,
                pending = b.pending + excluded.pending, processing = b.processing + excluded.processing,
                completed = b.completed + excluded.completed, cancelled = b.cancelled + excluded.cancelled
            """, cancellationToken);
    }

    public async Task SettleAsync(OrderFact order, CancellationToken cancellationToken)
    {
        var before = order.Applied;
        var after = order.Target;
        if (mode.Deferred || after is null || before == after) return;

        // The order, its lines and the log entry go first: window totals are computed from the stored lines.
        order.MarkApplied(after);
        await db.SaveChangesAsync(cancellationToken);

        // The windows and the buckets in one round trip; a statement with nothing to add changes no row. Every order
        // of the current hour updates the same bucket rows: they come last, so their locks are held only until the
        // commit that follows (in a batch they are collected and written after the batch's last order).
        var productSign = (before?.Counted ?? false) == after.Counted ? 0 : after.Counted ? 1 : -1;
        var ordersChange = after.CountedOrders - (before?.CountedOrders ?? 0);
        var spentChange = after.Revenue - (before?.Revenue ?? 0m);
        var quarter = SalesBucket.StartOf(order.PlacedAt!.Value, SalesBucket.QuarterHour);
        var hour = SalesBucket.StartOf(order.PlacedAt!.Value, SalesBucket.Hour);
        var bucket = BucketChange.Between(before, after);
        var writeBucketsNow = collectedBuckets is null;
        if (!writeBucketsNow)
        {
            Collect(SalesBucket.QuarterHour, quarter, bucket);
            Collect(SalesBucket.Hour, hour, bucket);
        }
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics.window_product_totals AS t (tenant_id, window_id, product_id, quantity, revenue)
            SELECT w.tenant_id, w.id, l.product_id, {productSign} * sum(l.quantity), {productSign} * sum(l.quantity * l.unit_price)
            FROM analytics.ranking_windows w
            JOIN analytics.order_lines l ON l.tenant_id = w.tenant_id AND l.order_id = {order.OrderId}
            WHERE w.tenant_id = {order.TenantId} AND w.starts_at <= {order.PlacedAt!.Value} AND {productSign} <> 0
            GROUP BY w.tenant_id, w.id, l.product_id
            ORDER BY w.id, l.product_id
            ON CONFLICT (window_id, product_id) DO UPDATE SET
                quantity = t.quantity + excluded.quantity, revenue = t.revenue + excluded.revenue;

            INSERT INTO analytics.window_customer_totals AS t (tenant_id, window_id, customer_id, orders, spent)
            SELECT w.tenant_id, w.id, {order.CustomerId!.Value}, {ordersChange}, {spentChange}
            FROM analytics.ranking_windows w
            WHERE w.tenant_id = {order.TenantId} AND w.starts_at <= {order.PlacedAt!.Value} AND ({ordersChange} <> 0 OR {spentChange} <> 0)
            ORDER BY w.id
            ON CONFLICT (window_id, customer_id) DO UPDATE SET
                orders = t.orders + excluded.orders, spent = t.spent + excluded.spent;

            INSERT INTO analytics.sales_buckets AS b (tenant_id, width_minutes, bucket_start, revenue, orders, pending, processing, completed, cancelled)
            SELECT {order.TenantId}, w.width, w.start, {bucket.Revenue}, {bucket.Orders}, {bucket.Pending}, {bucket.Processing}, {bucket.Completed}, {bucket.Cancelled}
            FROM (VALUES ({SalesBucket.QuarterHour}, {quarter}), ({SalesBucket.Hour}, {hour})) AS w(width, start)
            WHERE {writeBucketsNow}
            ON CONFLICT (tenant_id, width_minutes, bucket_start) DO UPDATE SET
                revenue = b.revenue + excluded.revenue, orders = b.orders + excluded.orders,
                pending = b.pending + excluded.pending, processing = b.processing + excluded.processing,
                completed = b.completed + excluded.completed, cancelled = b.cancelled + excluded.cancelled
            """, cancellationToken);
    }

    private void Collect(int width, DateTimeOffset start, BucketChange change) =>
        collectedBuckets![(width, start)] = collectedBuckets.TryGetValue((width, start), out var sum) ? sum.Plus(change) : change;
}
