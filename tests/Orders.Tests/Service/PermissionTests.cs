using System.Net;
using QommerceHub.Contracts;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

/// <summary>The permission table: staff take orders but reach no customer records and give no money back.</summary>
public class PermissionTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Staff_cannot_refund_a_paid_order_by_cancelling_it()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync(price: 8m);
        var order = await store.PlaceReservedAsync(customerId, (mug, 2));
        await store.PublishAndWaitAsync(new PaymentSucceeded { TenantId = store.TenantId, OrderId = order.Id, PaymentIntentId = "pi_perm", Amount = 16m });
        var staff = SameStore(store, "staff");
        var manager = SameStore(store, "manager");

        var byStaff = await (await staff.ChangeStatusAsync(order.Id, "cancelled")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.ChangeStatusAsync(order.Id, "cancelled")).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("refund", byStaff.GetProperty("error").GetString()!, StringComparison.OrdinalIgnoreCase);
        // The payment moved it on to processing; the refused cancellation left it there.
        Assert.Equal("processing", (await store.GetOrderAsync(order.Id)).Status);
        Assert.Empty(await Outbox.Of<OrderCancelled>(store.TenantId));
        Assert.Equal("pending", (await staff.MoveAsync(order.Id, "pending")).Status);
        Assert.Equal("cancelled", (await store.MoveAsync(order.Id, "cancelled")).Status);
    }

    [Fact]
    public async Task Staff_may_cancel_an_unpaid_order()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var order = await store.PlaceReservedAsync(customerId, (mug, 1));

        Assert.Equal("cancelled", (await SameStore(store, "staff").MoveAsync(order.Id, "cancelled")).Status);
    }

    [Fact]
    public async Task Customers_are_for_owners_and_managers_orders_for_every_role()
    {
        var (store, customerId, _) = await StoreWithCustomerAndProductAsync();
        var staff = SameStore(store, "staff").Client;
        var manager = SameStore(store, "manager").Client;
        var unknownRole = SameStore(store, "admin").Client;

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/customers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/customers/{customerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.DeleteAsync($"/api/customers/{customerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/customers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unknownRole.GetAsync("/api/orders")).StatusCode);
    }

    private StoreDriver SameStore(StoreDriver store, string role) =>
        new(Host, Host.Factory.ClientFor(store.TenantId, userId: 8, role: role), store.TenantId);
}
