using System.Net;
using QommerceHub.Contracts;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

public class OrderWorkflowApiTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Order_moves_pending_processing_completed_announcing_each_change()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var order = await store.PlaceReservedAsync(customerId, (mug, 1));

        Assert.Equal("processing", (await store.MoveAsync(order.Id, "processing")).Status);
        var completed = await store.MoveAsync(order.Id, "completed");

        Assert.Equal(("completed", mug), (completed.Status, completed.Items![0].InventoryId));
        var changes = await Events.WaitFor<OrderStatusChanged>(store.TenantId, e => e.Count == 2, "two OrderStatusChanged");
        Assert.Equal([("pending", "processing"), ("processing", "completed")],
            changes.OrderBy(c => c.OccurredAt).Select(c => (c.PreviousStatus, c.Status)));
        Assert.All(changes, c => Assert.Equal(("ada@example.test", "Ada Lovelace"), (c.CustomerEmail, c.CustomerName)));
    }

    [Fact]
    public async Task Open_orders_move_freely_but_a_cancelled_one_is_final_and_the_same_status_is_a_no_op()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var order = await store.PlaceReservedAsync(customerId, (mug, 1));

        Assert.Equal("processing", (await store.MoveAsync(order.Id, "processing")).Status);
        Assert.Equal("pending", (await store.MoveAsync(order.Id, "pending")).Status);
        Assert.Equal("pending", (await store.MoveAsync(order.Id, "pending")).Status);
        await Events.WaitFor<OrderStatusChanged>(store.TenantId, e => e.Count == 2, "two OrderStatusChanged");

        await store.MoveAsync(order.Id, "cancelled");
        var revive = await (await store.ChangeStatusAsync(order.Id, "processing")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty(revive.GetProperty("allowed").EnumerateArray());
        Assert.Equal("A cancelled order cannot change status", revive.GetProperty("error").GetString());
        Assert.Equal("cancelled", revive.GetProperty("current_status").GetString());
        Assert.Equal("cancelled", (await store.MoveAsync(order.Id, "cancelled")).Status);

        Assert.Equal(["status"], (await (await store.ChangeStatusAsync(order.Id, "shipped")).ProblemAsync(HttpStatusCode.BadRequest)).Fields());
        await (await NewStore().ChangeStatusAsync(order.Id, "processing")).ProblemAsync(HttpStatusCode.NotFound);
        await (await store.ChangeStatusAsync(int.MaxValue, "processing")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Single(await Outbox.Of<OrderCancelled>(store.TenantId));
    }

    [Fact]
    public async Task Cancelling_a_paid_order_releases_its_stock_and_asks_for_a_refund()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync(price: 8m);
        var order = await store.PlaceReservedAsync(customerId, (mug, 2));
        await store.PublishAndWaitAsync(new PaymentSucceeded { TenantId = store.TenantId, OrderId = order.Id, PaymentIntentId = "pi_1", Amount = 16m });
        // As in the original, the payment moves the pending order on to processing.
        var paid = await store.GetOrderAsync(order.Id);
        Assert.Equal(("paid", "processing"), (paid.PaymentStatus, paid.Status));
        await Events.WaitFor<OrderStatusChanged>(store.TenantId, e => e.Any(c => c.Status == "processing" && c.PreviousStatus == "pending"), "payment announced");

        var cancelled = await store.MoveAsync(order.Id, "cancelled");

        Assert.Equal(("cancelled", "cancelled_by_store", "released"), (cancelled.Status, cancelled.CancellationReason, cancelled.StockStatus));
        var announced = Assert.Single(await Events.WaitFor<OrderCancelled>(store.TenantId, e => e.Count == 1, "OrderCancelled"));
        Assert.Equal((order.Id, "cancelled_by_store", true), (announced.OrderId, announced.Reason, announced.WasPaid));
        await Events.WaitFor<OrderStatusChanged>(store.TenantId, e => e.Any(c => c.Status == "cancelled" && c.PreviousStatus == "processing"), "cancel announced");

        await store.PublishAndWaitAsync(new PaymentRefunded
        {
            TenantId = store.TenantId, OrderId = order.Id, PaymentIntentId = "pi_1", Amount = 16m, TotalRefunded = 16m, FullyRefunded = true,
        });
        Assert.Equal("refunded", (await store.GetOrderAsync(order.Id)).PaymentStatus);
    }

    [Fact]
    public async Task Order_cancelled_while_reserving_gives_back_stock_reserved_later()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        Host.Catalog.Hold(store.TenantId);
        var order = await (await store.PlaceAsync(customerId, (mug, 1))).ReadAsync<OrderResponse>(HttpStatusCode.Accepted);

        var early = await (await store.ChangeStatusAsync(order.Id, "processing")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["cancelled"], early.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        var cancelled = await store.MoveAsync(order.Id, "cancelled");
        Assert.Equal("released", cancelled.StockStatus);

        await store.PublishAndWaitAsync(new StockReserved { TenantId = store.TenantId, OrderId = order.Id });

        var after = await store.GetOrderAsync(order.Id);
        Assert.Equal(("cancelled", "released"), (after.Status, after.StockStatus));
        var releases = await Outbox.Of<OrderCancelled>(store.TenantId);
        Assert.Equal(2, releases.Count);
        Assert.All(releases, r => Assert.Equal(("cancelled_by_store", false), (r.Reason, r.WasPaid)));
        Assert.Empty(await Outbox.Of<OrderConfirmed>(store.TenantId));
    }
}
