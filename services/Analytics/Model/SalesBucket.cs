namespace QommerceHub.Analytics.Model;

/// <summary>
/// Sales of one tenant in one quarter hour (UTC), kept up to date as events arrive. Quarter hours line up with
/// the day boundaries of every current time zone, so any zone's days are exact sums of buckets.
/// </summary>
public sealed class SalesBucket
{
    public static readonly TimeSpan Width = TimeSpan.FromMinutes(15);

    public int TenantId { get; set; }
    public DateTimeOffset BucketStart { get; set; }
    /// <summary>Net revenue of the counted orders placed in this bucket.</summary>
    public decimal Revenue { get; set; }
    /// <summary>Orders that count towards revenue (confirmed, not cancelled).</summary>
    public int Orders { get; set; }
    public int Pending { get; set; }
    public int Processing { get; set; }
    public int Completed { get; set; }
    public int Cancelled { get; set; }

    public static DateTimeOffset StartOf(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % Width.Ticks, TimeSpan.Zero);
    }

    public static bool IsBoundary(DateTimeOffset instant) => instant.UtcTicks % Width.Ticks == 0;
}
