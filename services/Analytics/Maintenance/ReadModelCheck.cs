using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;

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
    private static async Task<Dictionary<(int Width, DateTimeOffset Start), BucketChange>> CheckOrdersAsync(AnalyticsDbContext db, List<string> problems, CancellationToken cancellationToken)
    {
        var buckets = new Dictionary<(int Width, DateTimeOffset Start), BucketChange>();
        await foreach (var order in db.Orders.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (order.Applied != order.Target)
                problems.Add($"order {order.OrderId}: aggregates hold {order.Applied?.ToString() ?? "nothing"}, its events say {order.Target?.ToString() ?? "nothing"}");
            if (order.Target is not { } target) continue;
            foreach (var width in SalesBucket.Widths)
            {
                var key = (width, SalesBucket.StartOf(order.PlacedAt!.Value, width));
                buckets[key] = buckets.GetValueOrDefault(key, BucketChange.None).Plus(BucketChange.Between(null, target));
            }
        }
        return buckets;
    }

    private static async Task CheckBucketsAsync(
        AnalyticsDbContext db, Dictionary<(int Width, DateTimeOffset Start), BucketChange> expected, List<string> problems, CancellationToken cancellationToken)
    {
        var stored = await db.SalesBuckets.AsNoTracking()
            .ToDictionaryAsync(
                b => (b.WidthMinutes, b.BucketStart),
                b => new BucketChange(b.Revenue, b.Orders, b.Pending, b.Processing, b.Completed, b.Cancelled),
                cancellationToken);
        foreach (var (width, start) in expected.Keys.Union(stored.Keys).Order())
        {
            var want = expected.GetValueOrDefault((width, start), BucketChange.None);
            var have = stored.GetValueOrDefault((width, start), BucketChange.None);
            if (want != have) problems.Add($"{width}-minute bucket {start:u}: holds {have}, orders add up to {want}");
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
