using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Support;

/// <summary>Base of the service tests: the shared Orders instance and a fresh store per test.</summary>
[Collection(InfrastructureFixture.Collection)]
public abstract class OrdersApiTestBase(InfrastructureFixture infrastructure, OrdersHost host) : IAsyncLifetime
{
    protected OrdersHost Host => host;
    protected InfrastructureFixture Infrastructure => infrastructure;
    protected BusEvents Events => host.Events;
    protected OutboxProbe Outbox => host.Outbox;

    public Task InitializeAsync() => host.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A new store and a driver signed in as one of its staff.</summary>
    protected StoreDriver NewStore(string role = "owner")
    {
        var tenantId = TestTenants.Next();
        return new StoreDriver(host, host.Factory.ClientFor(tenantId, userId: 7, role: role), tenantId);
    }

    /// <summary>A store with a customer and one product in stock: the usual starting point for order tests.</summary>
    protected async Task<(StoreDriver Store, int CustomerId, int ProductId)> StoreWithCustomerAndProductAsync(decimal price = 12.50m, int stock = 100)
    {
        var store = NewStore();
        var customer = await store.CreateCustomerAsync(email: "ada@example.test");
        var product = await store.AddProductAsync(price, stock);
        return (store, customer.Id, product);
    }
}
