using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Model;

/// <summary>
/// Running totals per product and customer of every counted order placed since <see cref="StartsAt"/>, kept for
/// one dashboard window (the last 7, 30 or 90 days in one time zone). Orders placed later only add to it, so a
/// top-10 list is an index read; when the day changes the window rolls forward by subtracting the day that left.
/// </summary>
public sealed class RankingWindow : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public required string TimeZone { get; set; }
    public int Days { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset LastUsedAt { get; set; }
}
