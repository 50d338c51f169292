using QommerceHub.Analytics.Model;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Benchmark;

/// <summary>One quarter hour's totals while seeding, added up exactly as the projections would.</summary>
public sealed class BucketSums
{
    public decimal Revenue { get; private set; }
    public int Orders { get; private set; }
    public int Pending { get; private set; }
    public int Processing { get; private set; }
    public int Completed { get; private set; }
    public int Cancelled { get; private set; }

    public void Add(OrderContribution contribution)
    {
        Revenue += contribution.Revenue;
        Orders += contribution.CountedOrders;
        switch (contribution.Status)
        {
            case OrderStatuses.Pending: Pending++; break;
            case OrderStatuses.Processing: Processing++; break;
            case OrderStatuses.Completed: Completed++; break;
            default: Cancelled++; break;
        }
    }
}
