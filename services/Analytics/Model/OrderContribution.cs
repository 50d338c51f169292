namespace QommerceHub.Analytics.Model;

/// <summary>
/// What one confirmed order adds to the aggregates: its status count always, and its revenue, line sales
/// and customer spend only while it counts (confirmed and not cancelled).
/// </summary>
public sealed record OrderContribution(bool Counted, decimal Revenue, string Status)
{
    public int CountedOrders => Counted ? 1 : 0;
}
