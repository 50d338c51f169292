using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Reports;

/// <summary>
/// Keeps the ranking window of a "last N days" period current: created on its first request, rolled forward
/// when the day changes, refilled when it fell too far behind. Changes happen under the tenant's projection
/// lock taken alone, so no event is half-counted while a window moves.
/// </summary>
public sealed class RankingWindows(AnalyticsDbContext db, TimeProvider clock, IConfiguration configuration)
{
    private static readonly TimeSpan touchEvery = TimeSpan.FromHours(1);

    private int MaxWindowsPerTenant => configuration.GetValue("Analytics:MaxRankingWindowsPerTenant", 12);

    /// <summary>The id of the window whose totals cover exactly the orders placed since the period started.</summary>
    public async Task<long> CurrentAsync(int tenantId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var days = period.WindowDays ?? throw new ArgumentException("Only a last-N-days period has a ranking window", nameof(period));
        var window = await db.RankingWindows.AsNoTracking()
            .SingleOrDefaultAsync(w => w.TimeZone == period.Zone.Id && w.Days == days, cancellationToken);
        if (window is null || window.StartsAt != period.Start) return await MoveAsync(tenantId, period.Zone.Id, days, period.Start, cancellationToken);

        var now = clock.GetUtcNow();
        if (now - window.LastUsedAt > touchEvery)
            await db.RankingWindows.Where(w => w.Id == window.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.LastUsedAt, now), cancellationToken);
        return window.Id;
    }

    private async Task<long> MoveAsync(int tenantId, string timeZone, int days, DateTimeOffset start, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await TenantProjectionLock.TakeAloneAsync(db, tenantId, cancellationToken);
        var window = await db.RankingWindows.SingleOrDefaultAsync(w => w.TimeZone == timeZone && w.Days == days, cancellationToken);
        if (window is null)
        {
            await EvictLeastUsedAsync(cancellationToken);
            window = db.RankingWindows.Add(new RankingWindow { TenantId = tenantId, TimeZone = timeZone, Days = days, StartsAt = start }).Entity;
            await db.SaveChangesAsync(cancellationToken);
            await WindowTotals.FillAsync(db, window, start, cancellationToken);
        }
        else if (window.StartsAt < start && start - window.StartsAt < TimeSpan.FromDays(days))
        {
            await WindowTotals.SubtractAsync(db, window, window.StartsAt, start, cancellationToken);
        }
        else if (window.StartsAt != start)
        {
            // Further behind than the window is long (or the clock went back): refilling reads less than rolling.
            await WindowTotals.ClearAsync(db, window, cancellationToken);
            await WindowTotals.FillAsync(db, window, start, cancellationToken);
        }

        window.StartsAt = start;
        window.LastUsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return window.Id;
    }

    /// <summary>Every window costs work on each order event, so a tenant keeps only the ones recently asked for.</summary>
    private async Task EvictLeastUsedAsync(CancellationToken cancellationToken)
    {
        var windows = await db.RankingWindows.OrderByDescending(w => w.LastUsedAt).Select(w => w.Id).ToListAsync(cancellationToken);
        var surplus = windows.Skip(MaxWindowsPerTenant - 1).ToList();
        if (surplus.Count > 0) await db.RankingWindows.Where(w => surplus.Contains(w.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
