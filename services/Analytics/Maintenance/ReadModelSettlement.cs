using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Maintenance;

/// <summary>
/// Settles, in one pass, every order whose aggregates lag its state (all of them after a deferred replay): the
/// same difference rule as the live projection, written in bulk. Runs under the tenant's lock taken alone;
/// ranking windows are dropped and refill on their next request.
/// </summary>
public sealed class ReadModelSettlement(IServiceScopeFactory scopes)
{
    private const int PageSize = 5_000;

    public async Task<int> SettleAsync(int tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();
        db.Tenant.Use(tenantId);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await TenantProjectionLock.TakeAloneAsync(db, tenantId, cancellationToken);
        await AddPlaceholdersAsync(db, tenantId, cancellationToken);

        var buckets = new Dictionary<(int Width, DateTimeOffset Start), BucketChange>();
        var settled = 0;
        var after = 0;
        while (await db.Orders.AsNoTracking().Where(o => o.OrderId > after).OrderBy(o => o.OrderId).Take(PageSize).ToListAsync(cancellationToken) is { Count: > 0 } page)
        {
            var lagging = page.Where(o => o.Target is not null && o.Applied != o.Target).ToList();
            foreach (var order in lagging)
            {
                var change = BucketChange.Between(order.Applied, order.Target!);
                foreach (var width in SalesBucket.Widths)
                {
                    var key = (width, SalesBucket.StartOf(order.PlacedAt!.Value, width));
                    buckets[key] = buckets.GetValueOrDefault(key, BucketChange.None).Plus(change);
                }
                order.MarkApplied(order.Target);
            }
            await MarkAppliedAsync(db, tenantId, lagging, cancellationToken);
            settled += lagging.Count;
            after = page[^1].OrderId;
        }

        await AddToBucketsAsync(db, tenantId, buckets, cancellationToken);
        await db.RankingWindows.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return settled;
    }

    /// <summary>Names for products and customers only orders mention, as the live projection gives them.</summary>
    private static async Task AddPlaceholdersAsync(AnalyticsDbContext db, int tenantId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics.products (tenant_id, product_id, name, sku, price, low_stock_threshold,
                details_version, state_version, is_deleted, on_hand, reserved, ledger_entry_id)
            SELECT DISTINCT ON (l.product_id) l.tenant_id, l.product_id, l.product_name, '', 0, 0, 0, 0, false, 0, 0, 0
            FROM analytics.order_lines l WHERE l.tenant_id = {tenantId}
            ORDER BY l.product_id, l.order_id
            ON CONFLICT (tenant_id, product_id) DO NOTHING
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics.customers (tenant_id, customer_id, name, is_deleted)
            SELECT DISTINCT ON (o.customer_id) o.tenant_id, o.customer_id, coalesce(o.customer_name, ''), false
            FROM analytics.orders o WHERE o.tenant_id = {tenantId} AND o.confirmed
            ORDER BY o.customer_id, o.order_id
            ON CONFLICT (tenant_id, customer_id) DO NOTHING
            """, cancellationToken);
    }

    private static Task MarkAppliedAsync(AnalyticsDbContext db, int tenantId, List<OrderFact> orders, CancellationToken cancellationToken)
    {
        if (orders.Count == 0) return Task.CompletedTask;
        var ids = orders.Select(o => o.OrderId).ToArray();
        var counted = orders.Select(o => o.AppliedCounted).ToArray();
        var revenues = orders.Select(o => o.AppliedRevenue).ToArray();
        var statuses = orders.Select(o => o.AppliedStatus!).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            UPDATE analytics.orders o
            SET applied_counted = u.counted, applied_revenue = u.revenue, applied_status = u.status
            FROM unnest({ids}, {counted}, {revenues}, {statuses}) AS u(order_id, counted, revenue, status)
            WHERE o.tenant_id = {tenantId} AND o.order_id = u.order_id
            """, cancellationToken);
    }

    private static Task AddToBucketsAsync(
        AnalyticsDbContext db, int tenantId, Dictionary<(int Width, DateTimeOffset Start), BucketChange> buckets, CancellationToken cancellationToken)
    {
        var keys = buckets.Keys.Order().ToArray();
        var widths = keys.Select(k => k.Width).ToArray();
        var starts = keys.Select(k => k.Start).ToArray();
        BucketChange[] changes = [.. keys.Select(k => buckets[k])];
        var revenues = changes.Select(c => c.Revenue).ToArray();
        var orders = changes.Select(c => c.Orders).ToArray();
        var pending = changes.Select(c => c.Pending).ToArray();
        var processing = changes.Select(c => c.Processing).ToArray();
        var completed = changes.Select(c => c.Completed).ToArray();
        var cancelled = changes.Select(c => c.Cancelled).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO analytics.sales_buckets AS b (tenant_id, width_minutes, bucket_start, revenue, orders, pending, processing, completed, cancelled)
            SELECT {tenantId}, u.width_minutes, u.bucket_start, u.revenue, u.orders, u.pending, u.processing, u.completed, u.cancelled
            FROM unnest({widths}, {starts}, {revenues}, {orders}, {pending}, {processing}, {completed}, {cancelled})
                AS u(width_minutes, bucket_start, revenue, orders, pending, processing, completed, cancelled)
            ON CONFLICT (tenant_id, width_minutes, bucket_start) DO UPDATE SET
                revenue = b.revenue + excluded.revenue, orders = b.orders + excluded.orders,
                pending = b.pending + excluded.pending, processing = b.processing + excluded.processing,
                completed = b.completed + excluded.completed, cancelled = b.cancelled + excluded.cancelled
            """, cancellationToken);
    }
}
