using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Reports;

/// <summary>
/// Reads the sales of whole local days. Where the days start on bucket boundaries (hours for most zones, quarter
/// hours for every current one) PostgreSQL sums the buckets of each day and answers one slice per day, dated at the
/// day's first instant; otherwise (historic offsets) each order is its own slice at the instant it was placed.
/// </summary>
public sealed class SalesSlices(AnalyticsDbContext db)
{
    public Task<List<SalesSlice>> ReadAsync(ReportPeriod days, CancellationToken cancellationToken) =>
        days.BucketWidth() is { } width
            ? FromBucketsAsync(days, width, cancellationToken)
            : FromOrdersAsync(days.Start, days.End, cancellationToken);

    private Task<List<SalesSlice>> FromBucketsAsync(ReportPeriod days, int width, CancellationToken cancellationToken)
    {
        var starts = days.Dates.Select(d => LocalDays.StartOf(d, days.Zone)).ToArray();
        var ends = days.Dates.Select(d => LocalDays.StartOf(d.AddDays(1), days.Zone)).ToArray();
        var tenantId = db.Tenant.Id;
        return db.Database.SqlQuery<SalesSlice>($"""
            SELECT d.starts_at AS at, sum(b.revenue) AS revenue, sum(b.orders)::int AS orders,
                   sum(b.pending)::int AS pending, sum(b.processing)::int AS processing,
                   sum(b.completed)::int AS completed, sum(b.cancelled)::int AS cancelled
            FROM unnest({starts}, {ends}) AS d(starts_at, ends_at)
            JOIN analytics.sales_buckets b
              ON b.tenant_id = {tenantId} AND b.width_minutes = {width} AND b.bucket_start >= d.starts_at AND b.bucket_start < d.ends_at
            GROUP BY d.starts_at
            """).ToListAsync(cancellationToken);
    }

    private Task<List<SalesSlice>> FromOrdersAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
        db.Orders.AsNoTracking()
            .Where(o => o.AppliedStatus != null && o.PlacedAt >= start && o.PlacedAt < end)
            .Select(o => new SalesSlice(
                o.PlacedAt!.Value,
                o.AppliedRevenue,
                o.AppliedCounted ? 1 : 0,
                o.AppliedStatus == OrderStatuses.Pending ? 1 : 0,
                o.AppliedStatus == OrderStatuses.Processing ? 1 : 0,
                o.AppliedStatus == OrderStatuses.Completed ? 1 : 0,
                o.AppliedStatus == OrderStatuses.Cancelled ? 1 : 0))
            .ToListAsync(cancellationToken);
}
