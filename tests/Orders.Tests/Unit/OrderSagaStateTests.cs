using QommerceHub.Contracts;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Tests.Unit;

public class OrderSagaStateTests
{
    private static readonly DateTimeOffset now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly StockShortfallLine[] shortfall = [new() { ProductId = 1, Requested = 5, Available = 2 }];

    private static Order NewOrder() => Order.Place(
        tenantId: 1, new CustomerSnapshot(3, "Ada", "ada@example.test", null),
        OrderPricing.Price([new RequestedLine(1, 5)], new Dictionary<int, SellableProduct> { [1] = new(1, "Mug", "MUG-1", 2m) }),
        "USD", notes: null, now);

    [Fact]
    public void New_order_is_pending_reserving_and_unpaid()
    {
        var order = NewOrder();

        Assert.Equal((OrderStatuses.Pending, StockStatus.Reserving, PaymentStatus.Unpaid, 10m), (order.Status, order.StockStatus, order.PaymentStatus, order.TotalAmount));
        Assert.Equal("Mug", Assert.Single(order.Lines).ProductName);
    }

    [Fact]
    public void Reserved_stock_confirms_once()
    {
        var order = NewOrder();

        Assert.Equal(ReservationReaction.Confirm, order.StockReserved(now));
        Assert.Equal(ReservationReaction.None, order.StockReserved(now));
        Assert.Equal(StockStatus.Reserved, order.StockStatus);
    }

    [Fact]
    public void Failed_reservation_cancels_for_insufficient_stock_once()
    {
        var order = NewOrder();

        Assert.True(order.StockReservationFailed(shortfall, now));
        Assert.False(order.StockReservationFailed(shortfall, now));
        Assert.Equal((OrderStatuses.Cancelled, StockStatus.Rejected, CancellationReasons.InsufficientStock), (order.Status, order.StockStatus, order.CancellationReason));
        Assert.Equal(2, Assert.Single(order.Shortfalls).Available);
    }

    [Fact]
    public void Stock_reserved_after_the_store_cancelled_is_given_back_and_the_order_stays_cancelled()
    {
        var order = NewOrder();
        order.ChangeStatus(OrderStatuses.Cancelled, now);

        Assert.Equal(ReservationReaction.Release, order.StockReserved(now));
        Assert.Equal((OrderStatuses.Cancelled, StockStatus.Released), (order.Status, order.StockStatus));
    }

    [Fact]
    public void Failure_after_the_store_cancelled_only_records_that_nothing_was_held()
    {
        var order = NewOrder();
        order.ChangeStatus(OrderStatuses.Cancelled, now);

        Assert.False(order.StockReservationFailed(shortfall, now));
        Assert.Equal((OrderStatuses.Cancelled, StockStatus.Rejected, CancellationReasons.CancelledByStore), (order.Status, order.StockStatus, order.CancellationReason));
    }

    [Fact]
    public void Payment_states_only_move_forward()
    {
        var order = NewOrder();

        order.PaymentRefunded(fully: false, now);
        Assert.Equal(PaymentReaction.None, order.PaymentSucceeded(now));
        Assert.Equal(PaymentStatus.PartiallyRefunded, order.PaymentStatus);
        order.PaymentRefunded(fully: true, now);
        order.PaymentRefunded(fully: false, now);
        Assert.Equal(PaymentStatus.Refunded, order.PaymentStatus);
    }

    [Fact]
    public void Payment_for_a_cancelled_order_is_recorded_and_asks_for_a_refund()
    {
        var order = NewOrder();
        order.ChangeStatus(OrderStatuses.Cancelled, now);

        Assert.Equal(PaymentReaction.Refund, order.PaymentSucceeded(now));
        Assert.Equal(PaymentReaction.None, order.PaymentSucceeded(now));
        Assert.True(order.IsPaid);
    }

    [Fact]
    public void Paid_pending_order_moves_to_processing_and_a_later_status_stays()
    {
        var order = NewOrder();
        order.StockReserved(now);

        Assert.Equal(PaymentReaction.StartProcessing, order.PaymentSucceeded(now));
        Assert.Equal((OrderStatuses.Processing, PaymentStatus.Paid), (order.Status, order.PaymentStatus));

        var completed = NewOrder();
        completed.StockReserved(now);
        completed.ChangeStatus(OrderStatuses.Completed, now);
        Assert.Equal(PaymentReaction.None, completed.PaymentSucceeded(now));
        Assert.Equal(OrderStatuses.Completed, completed.Status);
    }
}
