using QommerceHub.Analytics.Model;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Tests.Unit;

public sealed class BucketChangeTests
{
    [Fact]
    public void A_first_confirm_adds_the_order_with_its_status()
    {
        var change = BucketChange.Between(null, new OrderContribution(true, 19.00m, OrderStatuses.Pending));

        Assert.Equal(new BucketChange(19.00m, 1, 1, 0, 0, 0), change);
    }

    [Fact]
    public void A_cancel_takes_the_revenue_back_and_moves_the_status()
    {
        var before = new OrderContribution(true, 15.00m, OrderStatuses.Processing);
        var change = BucketChange.Between(before, new OrderContribution(false, 0m, OrderStatuses.Cancelled));

        Assert.Equal(new BucketChange(-15.00m, -1, 0, -1, 0, 1), change);
    }

    [Fact]
    public void Changes_add_up_to_the_final_state_whatever_the_steps()
    {
        var confirmed = new OrderContribution(true, 50m, OrderStatuses.Pending);
        var refunded = new OrderContribution(true, 30m, OrderStatuses.Completed);

        var stepByStep = BucketChange.Between(null, confirmed).Plus(BucketChange.Between(confirmed, refunded));

        Assert.Equal(BucketChange.Between(null, refunded), stepByStep);
    }
}
