using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;
using QommerceHub.Analytics.Reports;

namespace QommerceHub.Analytics.Maintenance;

/// <summary>
/// Verifies a tenant's read model: every order's aggregates match its state, the buckets add up to the
/// orders, the ranking windows to the orders and lines since they start, and every order confirmed in the
/// event log has its fact. Orders data reaches Analytics only through events, so these (and the log) are the
/// Orders data this service can compare with.
/// </summary>
public sealed class ReadModelCheck(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<string>> CheckAsync(int tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();
        db.Tenant.Use(tenantId);
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

        var problems = new List<string>();
        var expected = await CheckOrdersAsync(db, problems, cancellationToken);
        await CheckBucketsAsync(db, expected, problems, cancellationToken);
        foreach (var window in await db.RankingWindows.AsNoTracking().ToListAsync(cancellationToken))
            await WindowCheck.CheckAsync(db, window, problems, cancellationToken);
        await CheckEventLogAsync(db, tenantId, problems, cancellationToken);
        return problems;
    }

    /// <summary>Recomputes every order's contribution from its state and adds them up per bucket.</summary>
    private static async Task<Dictionary<DateTimeOffset, SalesSlice>> CheckOrdersAsync(AnalyticsDbContext db, List<string> problems, CancellationToken cancellationToken)
    {
        var buckets = new Dictionary<DateTimeOffset, SalesSlice>();
        await foreach (var order in db.Orders.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (order.Applied != order.Target)
                problems.Add($"order {order.OrderId}: aggregates hold {order.Applied?.ToString() ?? "nothing"}, its events say {order.Target?.ToString() ?? "nothing"}");
            if (order.Target is not { } target) continue;
            var key = SalesBucket.StartOf(order.PlacedAt!.Value);
            var slice = buckets.GetValueOrDefault(key) ?? new SalesSlice(key, 0m, 0, 0, 0, 0, 0);
            buckets[key] = slice with
            {
                Revenue = slice.Revenue + target.Revenue,
                Orders = slice.Orders + target.CountedOrders,
                Pending = slice.Pending + (target.Status == OrderStatuses.Pending ? 1 : 0),
                Processing = slice.Processing + (target.Status == OrderStatuses.Processing ? 1 : 0),
                Completed = slice.Completed + (target.Status == OrderStatuses.Completed ? 1 : 0),
                Cancelled = slice.Cancelled + (target.Status == OrderStatuses.Cancelled ? 1 : 0),
            };
        }
        return buckets;
    }

    private static async Task CheckBucketsAsync(
        AnalyticsDbContext db, Dictionary<DateTimeOffset, SalesSlice> expected, List<string> problems, CancellationToken cancellationToken)
    {
        var stored = await db.SalesBuckets.AsNoTracking()
            .Select(b => new SalesSlice(b.BucketStart, b.Revenue, b.Orders, b.Pending, b.Processing, b.Completed, b.Cancelled))
            .ToDictionaryAsync(s => s.At, cancellationToken);
        foreach (var at in expected.Keys.Union(stored.Keys).Order())
        {
            var want = expected.GetValueOrDefault(at) ?? new SalesSlice(at, 0m, 0, 0, 0, 0, 0);
            var have = stored.GetValueOrDefault(at) ?? new SalesSlice(at, 0m, 0, 0, 0, 0, 0);
            if (want != have) problems.Add($"bucket {at:u}: holds {have}, orders add up to {want}");
        }
    }

    private static async Task CheckEventLogAsync(AnalyticsDbContext db, int tenantId, List<string> problems, CancellationToken cancellationToken)
    {
        var logged = await db.Database
            .SqlQuery<int>($"""
                SELECT DISTINCT (body->>'OrderId')::int AS "Value" FROM analytics.event_log
                WHERE tenant_id = {tenantId} AND message_type = 'OrderConfirmed'
                """)
            .ToListAsync(cancellationToken);
        var confirmed = await db.Orders.AsNoTracking().Where(o => o.Confirmed).Select(o => o.OrderId).ToListAsync(cancellationToken);
        foreach (var missing in logged.Except(confirmed).Order())
            problems.Add($"order {missing}: confirmed in the event log but not in the read model");
    }
}
