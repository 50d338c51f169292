using QommerceHub.Analytics.Model;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Tests.Unit;

public sealed class OrderFactTests
{
    private static OrderFact Confirmed(decimal total) => new() { Confirmed = true, TotalAmount = total, PlacedAt = DateTimeOffset.UnixEpoch };

    [Fact]
    public void An_unconfirmed_order_contributes_nothing_whatever_else_is_known()
    {
        var order = new OrderFact();
        order.MoveTo(OrderStatuses.Completed);
        order.RecordRefund(5m);

        Assert.Null(order.Target);
    }

    [Fact]
    public void A_confirmed_order_counts_its_total_less_refunds_never_below_zero()
    {
        var order = Confirmed(50m);
        Assert.Equal(new OrderContribution(true, 50m, OrderStatuses.Pending), order.Target);

        order.RecordRefund(20m);
        Assert.Equal(30m, order.Target!.Revenue);

        order.RecordRefund(70m);
        Assert.Equal(new OrderContribution(true, 0m, OrderStatuses.Pending), order.Target);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_order_moved_back_to_pending_ends_pending_whichever_change_arrives_first(bool reversed)
    {
        var order = Confirmed(50m);
        var changes = new[] { (OrderStatuses.Processing, At(1)), (OrderStatuses.Pending, At(2)) };
        foreach (var (status, at) in reversed ? changes.Reverse() : changes) order.MoveTo(status, at);

        Assert.Equal(OrderStatuses.Pending, order.Status);
    }

    [Fact]
    public void Completed_and_cancelled_are_final_even_when_an_earlier_open_status_arrives_later()
    {
        var order = Confirmed(50m);
        order.MoveTo(OrderStatuses.Completed, At(2));
        order.MoveTo(OrderStatuses.Processing, At(3));

        Assert.Equal(OrderStatuses.Completed, order.Status);
    }

    [Fact]
    public void A_smaller_running_refund_total_arriving_late_is_ignored()
    {
        var order = Confirmed(50m);
        order.RecordRefund(20m);
        order.RecordRefund(5m);

        Assert.Equal(30m, order.Target!.Revenue);
    }

    [Fact]
    public void A_cancelled_order_keeps_its_status_count_but_leaves_revenue()
    {
        var order = Confirmed(50m);
        order.RecordRefund(10m);
        order.Cancel();

        Assert.Equal(new OrderContribution(false, 0m, OrderStatuses.Cancelled), order.Target);
        Assert.Equal(0, order.Target!.CountedOrders);
    }

    [Theory]
    [InlineData("completed", "processing", "completed")]
    [InlineData("processing", "pending", "processing")]
    [InlineData("pending", "PROCESSING", "processing")]
    [InlineData("cancelled", "pending", "cancelled")]
    [InlineData("processing", "refunded", "processing")]
    public void The_furthest_status_wins_whatever_order_the_changes_arrive_in(string first, string second, string expected)
    {
        var order = new OrderFact();
        order.MoveTo(first);
        order.MoveTo(second);

        Assert.Equal(expected, order.Status);
    }

    [Fact]
    public void A_status_change_to_cancelled_cancels_the_order()
    {
        var order = Confirmed(12m);
        order.MoveTo("cancelled");

        Assert.True(order.Cancelled);
        Assert.False(order.Target!.Counted);
    }

    [Fact]
    public void Applied_follows_what_was_marked()
    {
        var order = Confirmed(12m);
        Assert.Null(order.Applied);

        order.MarkApplied(order.Target);
        Assert.Equal(order.Target, order.Applied);
    }

    private static DateTimeOffset At(int minute) => DateTimeOffset.UnixEpoch.AddMinutes(minute);
}
