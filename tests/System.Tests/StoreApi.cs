using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests;

/// <summary>The calls a signed-in owner makes through the gateway, for the order-flow tests.</summary>
public sealed class StoreApi(IRunningSystem system, StoreOwner owner)
{
    public HttpClient Client => system.Client(owner.Token);

    public async Task<int> AddItemAsync(int quantity, decimal price = 12.50m, string? name = null)
    {
        var sku = "SKU-" + Guid.NewGuid().ToString("N")[..10];
        var response = await Client.PostAsJsonAsync("/api/inventory", new { name = name ?? "Item " + sku, sku, quantity, price });
        var body = await ResponseJson.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        return body["id"]!.GetValue<int>();
    }

    public async Task<int> AddCustomerAsync(string email)
    {
        var response = await Client.PostAsJsonAsync("/api/customers", new { name = "Ada Customer", email, phone = "+44 20 7946 0000", address = "1 High St" });
        var body = await ResponseJson.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        return body["id"]!.GetValue<int>();
    }

    /// <summary>
    /// Places an order once Orders' product replica knows the item (it arrives by event). The order comes back
    /// as the body (201, 202) or, for a 409 problem, in its <c>order</c> member.
    /// </summary>
    public async Task<(HttpStatusCode Status, JsonObject Order)> PlaceOrderAsync(int customerId, int itemId, int quantity)
    {
        var (status, body) = await Eventually.Until(async () =>
            {
                var response = await Client.PostAsJsonAsync("/api/orders", new { customer_id = customerId, items = new[] { new { inventory_id = itemId, quantity } } });
                return (response.StatusCode, await ResponseJson.ReadAsync(response));
            },
            r => r.StatusCode != HttpStatusCode.NotFound,
            TimeSpan.FromSeconds(30), "Orders to know the product");
        return (status, status == HttpStatusCode.Conflict && body["order"] is JsonObject order ? order : body);
    }

    public Task<JsonObject> OrderAsync(int id) => GetAsync($"/api/orders/{id}");

    public Task<JsonObject> ItemAsync(int id) => GetAsync($"/api/inventory/{id}");

    public Task<JsonObject> WaitForOrderAsync(int id, Func<JsonObject, bool> done, string what, TimeSpan? timeout = null) =>
        Eventually.Until(() => OrderAsync(id), done, timeout ?? TimeSpan.FromSeconds(60), what);

    public async Task<JsonObject> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var body = await ResponseJson.ReadAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body.ToJsonString()}");
        return body;
    }
}
