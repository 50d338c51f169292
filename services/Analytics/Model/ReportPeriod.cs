namespace QommerceHub.Analytics.Model;

/// <summary>
/// Whole local days <see cref="From"/>..<see cref="To"/> (inclusive) in one time zone, as the UTC instants
/// [<see cref="Start"/>, <see cref="End"/>). <see cref="WindowDays"/> is set for "the last N days", which the
/// ranking windows serve.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To, TimeZoneInfo Zone, int? WindowDays = null)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateTimeOffset Start => LocalDays.StartOf(From, Zone);

    public DateTimeOffset End => LocalDays.StartOf(To.AddDays(1), Zone);

    /// <summary>The same number of days just before this period.</summary>
    public ReportPeriod Previous => new(From.AddDays(-Days), From.AddDays(-1), Zone);

    public IEnumerable<DateOnly> Dates => Enumerable.Range(0, Days).Select(From.AddDays);

    /// <summary>Today and the days before it, in the zone's calendar.</summary>
    public static ReportPeriod LastDays(int days, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = LocalDays.DateOf(now, zone);
        return new ReportPeriod(today.AddDays(1 - days), today, zone, days);
    }

    /// <summary>
    /// The coarsest bucket width whose boundaries every day boundary of the period falls on, so buckets add up to
    /// exact days; null when none does (historic local-mean-time offsets).
    /// </summary>
    public int? BucketWidth()
    {
        var boundaries = Dates.Append(To.AddDays(1)).Select(date => LocalDays.StartOf(date, Zone)).ToList();
        return SalesBucket.Widths.Cast<int?>().FirstOrDefault(width => boundaries.All(b => SalesBucket.IsBoundary(b, width!.Value)));
    }
}
