using System.Net;
using System.Net.Http.Json;
using QommerceHub.Testing;

namespace QommerceHub.BrowserTests.Support;

public sealed record SeededProduct(int Id, string Name, string Sku, decimal Price);

public sealed record SeededCustomer(int Id, string Name, string Email);

/// <summary>Arranges a store's data through the gateway's API, so a browser test spends its time on the page it tests.</summary>
public sealed class StoreApi(SystemFixture system, StoreOwner owner)
{
    private readonly HttpClient client = system.Client(owner.Token);

    public async Task<SeededProduct> AddProductAsync(string name, decimal price, int quantity = 50, string? barcode = null)
    {
        var sku = $"SKU-{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        var response = await client.PostAsJsonAsync("/api/inventory", new { name, sku, price, quantity, barcode });
        var body = await ResponseJson.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Adding a product: {(int)response.StatusCode} {body.ToJsonString()}");
        return new SeededProduct(body["id"]!.GetValue<int>(), name, sku, price);
    }

    public async Task<SeededCustomer> AddCustomerAsync(string name)
    {
        var email = TestTenants.UniqueEmail("customer");
        var response = await client.PostAsJsonAsync("/api/customers", new { name, email, phone = "+1 555 0100", address = "1 Market Street" });
        var body = await ResponseJson.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Adding a customer: {(int)response.StatusCode} {body.ToJsonString()}");
        return new SeededCustomer(body["id"]!.GetValue<int>(), name, email);
    }

    /// <summary>Places an order and waits until Orders knows its stock is reserved (the saga may answer 202 first).</summary>
    public async Task<int> PlaceReservedOrderAsync(SeededCustomer customer, params (SeededProduct Product, int Quantity)[] lines)
    {
        var items = lines.Select(l => new { inventory_id = l.Product.Id, quantity = l.Quantity }).ToArray();
        // Orders knows products from Catalog's events: a product added a moment ago may not have reached it yet (404).
        var response = await Eventually.Until(
            () => client.PostAsJsonAsync("/api/orders", new { customer_id = customer.Id, items }),
            answer => answer.StatusCode != HttpStatusCode.NotFound, TimeSpan.FromSeconds(20), "Orders to know the new products");
        var body = await ResponseJson.ReadAsync(response);
        Assert.True(response.IsSuccessStatusCode, $"Placing an order: {(int)response.StatusCode} {body.ToJsonString()}");
        var orderId = body["id"]!.GetValue<int>();
        await Eventually.Until(
            async () => (await ResponseJson.ReadAsync(await client.GetAsync($"/api/orders/{orderId}")))["stock_status"]?.GetValue<string>(),
            stock => stock == "reserved", TimeSpan.FromSeconds(30), $"order {orderId} to have its stock reserved");
        return orderId;
    }

    /// <summary>Waits until Reporting has issued the order's invoice, i.e. its read model holds the order.</summary>
    public Task WaitForInvoiceAsync(int orderId) =>
        Eventually.Until(
            async () => (await client.GetAsync($"/api/orders/{orderId}/invoice")).StatusCode,
            status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(30), $"the invoice of order {orderId}");
}
