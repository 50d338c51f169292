using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Apis.Dtos;
using QommerceHub.Analytics.Infrastructure;

namespace QommerceHub.Analytics.Reports;

/// <summary>The original's <c>recentOrders</c>: the newest confirmed orders placed in the period, newest first.</summary>
public sealed class RecentOrders(AnalyticsDbContext db)
{
    public const int Size = 10;

    public async Task<IReadOnlyList<RecentOrder>> ReadAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking()
            .Where(o => o.Confirmed && o.PlacedAt >= start && o.PlacedAt < end)
            .OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.OrderId)
            .Take(Size)
            .Select(o => new RecentOrder(o.TotalAmount, o.PlacedAt!.Value, o.OrderId, o.Status))
            .ToListAsync(cancellationToken);
}
