using System.Net;
using System.Net.Http.Json;
using QommerceHub.Contracts;
using QommerceHub.Orders.Apis.Dtos;

namespace QommerceHub.Orders.Tests.Support;

/// <summary>One store, driven through Orders' HTTP API as its staff would, with Catalog's side played by events.</summary>
public sealed class StoreDriver(OrdersHost host, HttpClient client, int tenantId)
{
    private static int nextProductId = Random.Shared.Next(1_000_000, 500_000_000);

    public int TenantId => tenantId;
    public HttpClient Client => client;

    /// <summary>Creates a customer; without an email it gets one of its own, since emails are unique in a store.</summary>
    public async Task<CustomerResponse> CreateCustomerAsync(string name = "Ada Lovelace", string? email = null, string? phone = null, string? address = "1 Analytical Way")
    {
        email ??= $"customer-{Guid.NewGuid():N}@example.test";
        var response = await client.PostAsync("/api/customers", ApiJson.Body(new { name, email, phone, address }));
        return await response.ReadAsync<CustomerResponse>(HttpStatusCode.Created);
    }

    /// <summary>A product as Catalog would announce it, with the fake Catalog holding <paramref name="stock"/> units.</summary>
    public async Task<int> AddProductAsync(decimal price = 10m, int stock = 100, string? name = null)
    {
        var productId = Interlocked.Increment(ref nextProductId);
        await PublishAndWaitAsync(new ProductCreated
        {
            TenantId = tenantId, ProductId = productId, Name = name ?? $"Product {productId}", Sku = $"SKU-{productId}",
            Price = price, QuantityOnHand = stock, LowStockThreshold = 5, Version = 1,
        });
        host.Catalog.Stock(tenantId, productId, stock);
        return productId;
    }

    public Task<HttpResponseMessage> PlaceAsync(int customerId, params (int Product, int Quantity)[] lines) =>
        PlaceAsync(new { customer_id = customerId, items = lines.Select(l => new { inventory_id = l.Product, quantity = l.Quantity }) });

    public Task<HttpResponseMessage> PlaceAsync(object body, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, "/api/orders", body, idempotencyKey);

    /// <summary>Places an order the fake Catalog can fill and expects it created with the stock held.</summary>
    public async Task<OrderResponse> PlaceReservedAsync(int customerId, params (int Product, int Quantity)[] lines)
    {
        var order = await (await PlaceAsync(customerId, lines)).ReadAsync<OrderResponse>(HttpStatusCode.Created);
        Assert.Equal("reserved", order.StockStatus);
        return order;
    }

    public Task<HttpResponseMessage> ChangeStatusAsync(int orderId, string status, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Put, $"/api/orders/{orderId}/status", new { status }, idempotencyKey);

    public async Task<OrderResponse> MoveAsync(int orderId, string status) =>
        await (await ChangeStatusAsync(orderId, status)).ReadAsync<OrderResponse>();

    public async Task<OrderResponse> GetOrderAsync(int orderId) =>
        await (await client.GetAsync($"/api/orders/{orderId}")).ReadAsync<OrderResponse>();

    /// <summary>Publishes as another service would and waits until Orders has handled it.</summary>
    public async Task PublishAndWaitAsync<T>(T message, int times = 1) where T : IntegrationEvent
    {
        await host.Bus.Publish(message);
        await host.Consumed.WaitUntilHandled(message, times);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: ApiJson.Options) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }
}
