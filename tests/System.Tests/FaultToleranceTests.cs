using QommerceHub.Testing;

namespace QommerceHub.SystemTests;

/// <summary>Issue 4's faults: a crashed Catalog or a restarted broker loses no order and reserves it once.</summary>
[Collection(SystemFixture.Collection)]
public sealed class FaultToleranceTests(SystemFixture system)
{
    private readonly StoreAccounts accounts = new(system);

    [Fact]
    public async Task Order_placed_while_catalog_is_down_is_reserved_exactly_once_after_it_restarts()
    {
        var store = new StoreApi(system, await accounts.OpenStoreAsync());
        var item = await store.AddItemAsync(quantity: 4);
        var customer = await store.AddCustomerAsync(TestTenants.UniqueEmail("customer"));
        await store.PlaceOrderAsync(customer, item, quantity: 1);

        var crashedPid = system.Kill("catalog");
        var (_, order) = await store.PlaceOrderAsync(customer, item, quantity: 2);
        var orderId = order["id"]!.GetValue<int>();

        // The AppHost restarts the crashed service; the queued OrderPlaced is then consumed once.
        await system.WaitUntilBackAsync("catalog", crashedPid, TimeSpan.FromSeconds(60));
        await store.WaitForOrderAsync(orderId, o => o["stock_status"]!.GetValue<string>() == "reserved", "the reservation after the crash");
        Assert.Equal(1, await ReservationsForAsync(store, item, orderId));
        Assert.Equal(3, (await store.ItemAsync(item))["reserved_quantity"]!.GetValue<int>());
    }

    [Fact]
    public async Task Orders_placed_around_a_broker_restart_are_all_reserved_once()
    {
        var store = new StoreApi(system, await accounts.OpenStoreAsync());
        var item = await store.AddItemAsync(quantity: 10);
        var customer = await store.AddCustomerAsync(TestTenants.UniqueEmail("customer"));
        var (_, before) = await store.PlaceOrderAsync(customer, item, quantity: 1);

        var restart = system.RestartAsync("rabbitmq", TimeSpan.FromMinutes(2));
        var (_, during) = await store.PlaceOrderAsync(customer, item, quantity: 1);
        await restart;
        var (_, after) = await store.PlaceOrderAsync(customer, item, quantity: 1);

        try
        {
            foreach (var id in new[] { before, during, after }.Select(o => o["id"]!.GetValue<int>()))
            {
                await store.WaitForOrderAsync(id, o => o["stock_status"]!.GetValue<string>() == "reserved", $"order {id} after the broker restart");
                Assert.Equal(1, await ReservationsForAsync(store, item, id));
            }
        }
        catch
        {
            system.SaveLogs("broker-restart");
            throw;
        }
        Assert.Equal(3, (await store.ItemAsync(item))["reserved_quantity"]!.GetValue<int>());
    }

    private static async Task<int> ReservationsForAsync(StoreApi store, int item, int orderId)
    {
        var ledger = await store.GetAsync($"/api/inventory/{item}/ledger?limit=100");
        var reference = $"order:{orderId}";
        return ledger["items"]!.AsArray().Count(e =>
            e!["reason"]!.GetValue<string>() == "reservation" && e["reference"]?.GetValue<string>() == reference);
    }
}
