using QommerceHub.Contracts;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Tests.Unit;

public class OrderWorkflowTests
{
    [Theory]
    [InlineData("pending", "processing")]
    [InlineData("pending", "completed")]
    [InlineData("pending", "cancelled")]
    [InlineData("processing", "pending")]
    [InlineData("processing", "completed")]
    [InlineData("processing", "cancelled")]
    public void Moves_among_open_statuses_pass(string from, string to) =>
        Assert.Null(OrderWorkflow.Check(from, StockStatus.Reserved, to));

    [Theory]
    [InlineData("pending")]
    [InlineData("completed")]
    [InlineData("cancelled")]
    public void The_same_status_again_is_a_no_op(string status)
    {
        Assert.True(OrderWorkflow.IsNoOp(status, status));
        Assert.Null(OrderWorkflow.Check(status, StockStatus.Reserved, status));
    }

    [Theory]
    [InlineData("completed", "cancelled", "A completed order cannot change status")]
    [InlineData("completed", "pending", "A completed order cannot change status")]
    [InlineData("cancelled", "processing", "A cancelled order cannot change status")]
    public void Completed_and_cancelled_orders_are_final(string from, string to, string message)
    {
        var refusal = OrderWorkflow.Check(from, StockStatus.Reserved, to);
        Assert.Equal(message, refusal?.Message);
        Assert.Empty(refusal!.Allowed);
    }

    [Fact]
    public void Allowed_lists_every_other_status_of_an_open_order()
    {
        Assert.Equal(["pending", "completed", "cancelled"], OrderWorkflow.AllowedNext(OrderStatuses.Processing, StockStatus.Reserved));
    }

    [Fact]
    public void Order_still_reserving_stock_can_only_be_cancelled()
    {
        var refusal = OrderWorkflow.Check(OrderStatuses.Pending, StockStatus.Reserving, OrderStatuses.Processing);

        Assert.NotNull(refusal);
        Assert.Contains("still being reserved", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(["cancelled"], refusal.Allowed);
        Assert.Null(OrderWorkflow.Check(OrderStatuses.Pending, StockStatus.Reserving, OrderStatuses.Cancelled));
    }
}
