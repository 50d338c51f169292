using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Tests.Unit;

public class OrderWorkflowTests
{
    [Theory]
    [InlineData("pending", "processing")]
    [InlineData("pending", "cancelled")]
    [InlineData("processing", "completed")]
    [InlineData("processing", "cancelled")]
    public void Allowed_moves_pass(string from, string to) =>
        Assert.Null(OrderWorkflow.Check(from, StockStatus.Reserved, to));

    [Theory]
    [InlineData("pending", "completed", "An order cannot move from pending to completed")]
    [InlineData("pending", "pending", "The order is already pending")]
    [InlineData("processing", "pending", "An order cannot move from processing to pending")]
    [InlineData("completed", "cancelled", "A completed order cannot change status")]
    [InlineData("cancelled", "processing", "A cancelled order cannot change status")]
    public void Other_moves_are_refused_with_a_reason(string from, string to, string message)
    {
        var refusal = OrderWorkflow.Check(from, StockStatus.Reserved, to);
        Assert.Equal(message, refusal?.Message);
    }

    [Fact]
    public void Refusal_lists_where_the_order_may_go()
    {
        Assert.Equal(["completed", "cancelled"], OrderWorkflow.Check(OrderStatus.Processing, StockStatus.Reserved, OrderStatus.Pending)!.Allowed);
        Assert.Empty(OrderWorkflow.Check(OrderStatus.Completed, StockStatus.Reserved, OrderStatus.Pending)!.Allowed);
    }

    [Fact]
    public void Order_still_reserving_stock_can_only_be_cancelled()
    {
        var refusal = OrderWorkflow.Check(OrderStatus.Pending, StockStatus.Reserving, OrderStatus.Processing);

        Assert.NotNull(refusal);
        Assert.Contains("still being reserved", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(["cancelled"], refusal.Allowed);
        Assert.Null(OrderWorkflow.Check(OrderStatus.Pending, StockStatus.Reserving, OrderStatus.Cancelled));
    }
}
