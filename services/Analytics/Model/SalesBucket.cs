using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Model;

/// <summary>
/// Sales of one tenant in one UTC quarter hour or hour, kept up to date as events arrive; every order counts in
/// one bucket of each width. Quarter hours line up with the day boundaries of every current time zone; hours with
/// those of most (all but the :30 and :45 ones), and a day of them is four times fewer rows to add up.
/// </summary>
public sealed class SalesBucket : ITenantOwned
{
    public const int QuarterHour = 15;
    public const int Hour = 60;

    /// <summary>Coarsest first: a report uses the first width its day boundaries fall on.</summary>
    public static readonly IReadOnlyList<int> Widths = [Hour, QuarterHour];

    public int TenantId { get; set; }
    public int WidthMinutes { get; set; }
    public DateTimeOffset BucketStart { get; set; }
    /// <summary>Net revenue of the counted orders placed in this bucket.</summary>
    public decimal Revenue { get; set; }
    /// <summary>Orders that count towards revenue (confirmed, not cancelled).</summary>
    public int Orders { get; set; }
    public int Pending { get; set; }
    public int Processing { get; set; }
    public int Completed { get; set; }
    public int Cancelled { get; set; }

    public static DateTimeOffset StartOf(DateTimeOffset instant, int widthMinutes)
    {
        var width = TimeSpan.FromMinutes(widthMinutes).Ticks;
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % width, TimeSpan.Zero);
    }

    public static bool IsBoundary(DateTimeOffset instant, int widthMinutes) =>
        instant.UtcTicks % TimeSpan.FromMinutes(widthMinutes).Ticks == 0;
}
