using QommerceHub.Contracts;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

/// <summary>
/// RabbitMQ delivers at least once and services republish after crashes: every message Orders consumes may arrive
/// twice (same MessageId) or be repeated by its sender (new MessageId). Neither may change anything.
/// </summary>
public class SagaRedeliveryTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Repeated_stock_reserved_confirms_the_order_once()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var order = await store.PlaceReservedAsync(customerId, (mug, 1));
        var reserved = (StockReserved)Host.Catalog.AnswerTo(order.Id);

        await store.PublishAndWaitAsync(reserved, times: 2);
        await store.PublishAndWaitAsync(reserved, times: 3);
        await store.PublishAndWaitAsync(reserved with { MessageId = Guid.NewGuid() });

        Assert.Single(await Outbox.Of<OrderConfirmed>(store.TenantId));
        Assert.Equal("reserved", (await store.GetOrderAsync(order.Id)).StockStatus);
    }

    [Fact]
    public async Task Repeated_reservation_failure_cancels_and_announces_once()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync(stock: 1);
        var refused = await (await store.PlaceAsync(customerId, (mug, 4))).ProblemAsync(System.Net.HttpStatusCode.Conflict);
        var orderId = refused.GetProperty("order").GetProperty("id").GetInt32();
        var failed = (StockReservationFailed)Host.Catalog.AnswerTo(orderId);

        await store.PublishAndWaitAsync(failed, times: 2);
        await store.PublishAndWaitAsync(failed, times: 3);
        await store.PublishAndWaitAsync(failed with { MessageId = Guid.NewGuid() });

        Assert.Single(await Outbox.Of<OrderStatusChanged>(store.TenantId));
        var after = await store.GetOrderAsync(orderId);
        Assert.Equal(("cancelled", "rejected", 1), (after.Status, after.StockStatus, Assert.Single(after.Shortfalls!).Available));
    }

    [Fact]
    public async Task Repeated_payments_and_refunds_change_nothing_and_never_go_backwards()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var order = await store.PlaceReservedAsync(customerId, (mug, 1));
        var paid = new PaymentSucceeded { TenantId = store.TenantId, OrderId = order.Id, PaymentIntentId = "pi_9", Amount = order.TotalAmount };
        var partly = new PaymentRefunded
        {
            TenantId = store.TenantId, OrderId = order.Id, PaymentIntentId = "pi_9", Amount = 1m, TotalRefunded = 1m, FullyRefunded = false,
        };

        await store.PublishAndWaitAsync(paid);
        await store.PublishAndWaitAsync(paid, times: 2);
        await store.PublishAndWaitAsync(partly);
        await store.PublishAndWaitAsync(paid with { MessageId = Guid.NewGuid() });
        await store.PublishAndWaitAsync(partly, times: 2);

        Assert.Equal("partially_refunded", (await store.GetOrderAsync(order.Id)).PaymentStatus);
        Assert.Empty(await Outbox.Of<OrderCancelled>(store.TenantId));
    }

    [Fact]
    public async Task Payment_arriving_for_a_cancelled_order_is_recorded_and_refunded_once()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var order = await store.PlaceReservedAsync(customerId, (mug, 1));
        await store.MoveAsync(order.Id, "cancelled");
        var paid = new PaymentSucceeded { TenantId = store.TenantId, OrderId = order.Id, PaymentIntentId = "pi_7", Amount = order.TotalAmount };

        await store.PublishAndWaitAsync(paid);
        await store.PublishAndWaitAsync(paid, times: 2);

        Assert.Equal(("cancelled", "paid"), ((await store.GetOrderAsync(order.Id)).Status, (await store.GetOrderAsync(order.Id)).PaymentStatus));
        var cancellations = await Outbox.Of<OrderCancelled>(store.TenantId);
        Assert.Equal([false, true], cancellations.Select(c => c.WasPaid));
    }

    [Fact]
    public async Task Product_events_in_any_order_or_repeated_converge_on_the_latest_state()
    {
        var store = NewStore();
        var customer = await store.CreateCustomerAsync();
        const int productBase = 1_900_000_000;
        var productId = productBase + (store.TenantId % 100_000_000);
        var created = new ProductCreated
        {
            TenantId = store.TenantId, ProductId = productId, Name = "Lamp", Sku = "L-1", Price = 30m, QuantityOnHand = 5, LowStockThreshold = 1, Version = 1,
        };
        Host.Catalog.Stock(store.TenantId, productId, 5);

        await store.PublishAndWaitAsync(new ProductDeleted { TenantId = store.TenantId, ProductId = productId, Version = 2 });
        await store.PublishAndWaitAsync(created);
        await store.PublishAndWaitAsync(created, times: 2);
        await (await store.PlaceAsync(customer.Id, (productId, 1))).ProblemAsync(System.Net.HttpStatusCode.NotFound);

        await store.PublishAndWaitAsync(new ProductRestored { TenantId = store.TenantId, ProductId = productId, Version = 3 });

        var order = await store.PlaceReservedAsync(customer.Id, (productId, 1));
        Assert.Equal(("Lamp", 30m), (order.Items![0].ProductName, order.TotalAmount));
    }
}
