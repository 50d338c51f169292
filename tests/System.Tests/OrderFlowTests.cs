using System.Net;
using System.Net.Http.Json;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests;

/// <summary>Issues 3-6: the order saga end to end, only through the gateway.</summary>
[Collection(SystemFixture.Collection)]
public sealed class OrderFlowTests(SystemFixture system)
{
    private readonly StoreAccounts accounts = new(system);

    [Fact]
    public async Task Order_is_reserved_confirmed_invoiced_emailed_and_cancelling_restocks()
    {
        var store = new StoreApi(system, await accounts.OpenStoreAsync("Saga Shop"));
        var customerEmail = TestTenants.UniqueEmail("customer");
        var item = await store.AddItemAsync(quantity: 5, price: 12.50m);
        var customer = await store.AddCustomerAsync(customerEmail);

        var (status, placed) = await store.PlaceOrderAsync(customer, item, quantity: 2);
        Assert.True(status is HttpStatusCode.Created or HttpStatusCode.Accepted, placed.ToJsonString());
        var orderId = placed["id"]!.GetValue<int>();
        var order = await store.WaitForOrderAsync(orderId, o => o["stock_status"]!.GetValue<string>() == "reserved", "the reservation");
        Assert.Equal(25.00m, order["total_amount"]!.GetValue<decimal>());
        var stock = await store.ItemAsync(item);
        Assert.Equal(2, stock["reserved_quantity"]!.GetValue<int>());

        var confirmation = await system.Inbox.WaitForAsync(customerEmail, $"order #{orderId} is confirmed", TimeSpan.FromSeconds(60));
        var pdf = Assert.Single(confirmation.Attachments ?? []);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await system.Inbox.AttachmentAsync(confirmation, pdf))[..4]));
        var invoice = await store.Client.GetAsync($"/api/orders/{orderId}/invoice");
        Assert.Equal("application/pdf", invoice.Content.Headers.ContentType?.MediaType);

        var cancel = await store.Client.PutAsJsonAsync($"/api/orders/{orderId}/status", new { status = "cancelled" });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        await Eventually.Until(() => store.ItemAsync(item), i => i["reserved_quantity"]!.GetValue<int>() == 0, TimeSpan.FromSeconds(60), "the restock");
        await system.Inbox.WaitForAsync(customerEmail, $"order #{orderId} is", TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Order_for_more_than_the_stock_is_refused_with_the_shortfall()
    {
        var store = new StoreApi(system, await accounts.OpenStoreAsync());
        var item = await store.AddItemAsync(quantity: 1);
        var customer = await store.AddCustomerAsync(TestTenants.UniqueEmail("customer"));

        var (status, order) = await store.PlaceOrderAsync(customer, item, quantity: 3);
        if (status == HttpStatusCode.Accepted)
            order = await store.WaitForOrderAsync(order["id"]!.GetValue<int>(), o => o["status"]!.GetValue<string>() == "cancelled", "the rejection");
        else
            Assert.Equal(HttpStatusCode.Conflict, status);

        Assert.Equal("insufficient_stock", order["cancellation_reason"]!.GetValue<string>());
        Assert.Equal(1, (await store.ItemAsync(item))["available_quantity"]!.GetValue<int>());
    }

    [Fact]
    public async Task Concurrent_orders_for_the_last_unit_reserve_it_exactly_once()
    {
        var store = new StoreApi(system, await accounts.OpenStoreAsync());
        var item = await store.AddItemAsync(quantity: 1);
        var customer = await store.AddCustomerAsync(TestTenants.UniqueEmail("customer"));
        await store.PlaceOrderAsync(customer, item, quantity: 1);

        var restocked = await store.Client.PostAsJsonAsync($"/api/inventory/{item}/adjustments", new { delta = 1, reason = "received" });
        Assert.True(restocked.IsSuccessStatusCode, await restocked.Content.ReadAsStringAsync());
        var racers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => store.PlaceOrderAsync(customer, item, quantity: 1)));
        var ids = racers.Select(r => r.Order["id"]!.GetValue<int>()).ToList();
        var settled = await Task.WhenAll(ids.Select(id => store.WaitForOrderAsync(id, o => o["stock_status"]!.GetValue<string>() != "reserving", "a decision")));

        Assert.Single(settled, o => o["stock_status"]!.GetValue<string>() == "reserved");
        Assert.Equal(0, (await store.ItemAsync(item))["available_quantity"]!.GetValue<int>());
    }
}
