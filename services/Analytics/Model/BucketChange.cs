using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Model;

/// <summary>
/// What a sales bucket gains when an order's contribution moves from <c>before</c> to <c>after</c>: the one rule
/// shared by the live projection, the bulk settlement after a replay and the consistency check.
/// </summary>
public sealed record BucketChange(decimal Revenue, int Orders, int Pending, int Processing, int Completed, int Cancelled)
{
    public static readonly BucketChange None = new(0m, 0, 0, 0, 0, 0);

    public static BucketChange Between(OrderContribution? before, OrderContribution after)
    {
        int Moved(string status) => (after.Status == status ? 1 : 0) - (before?.Status == status ? 1 : 0);
        return new BucketChange(
            after.Revenue - (before?.Revenue ?? 0m),
            after.CountedOrders - (before?.CountedOrders ?? 0),
            Moved(OrderStatuses.Pending),
            Moved(OrderStatuses.Processing),
            Moved(OrderStatuses.Completed),
            Moved(OrderStatuses.Cancelled));
    }

    public BucketChange Plus(BucketChange other) => new(
        Revenue + other.Revenue, Orders + other.Orders, Pending + other.Pending,
        Processing + other.Processing, Completed + other.Completed, Cancelled + other.Cancelled);
}
