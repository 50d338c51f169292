using System.Net;
using System.Net.Http.Json;
using QommerceHub.Testing;
using static QommerceHub.SystemTests.Contract.ContractAnswer;

namespace QommerceHub.SystemTests.Contract;

/// <summary>Contract rows "Orders — /api/orders" of shared/seed-api-contract.md, through the gateway (simulated payments).</summary>
[Collection(SystemFixture.Collection)]
public sealed class OrdersContractTests(SystemFixture system)
{
    [Fact]
    public async Task Order_is_placed_listed_read_paid_moved_and_invoiced_as_the_original_answers()
    {
        var store = new StoreApi(system, await new StoreAccounts(system).OpenStoreAsync("Contract Orders"));
        var customerEmail = TestTenants.UniqueEmail("buyer");
        var item = await store.AddItemAsync(quantity: 5, price: 12.5m, name: "Contract Mug");
        var customer = await store.AddCustomerAsync(customerEmail);

        // The original's body, price included; ours takes the catalog price.
        var placed = await Eventually.Until(
            () => store.Client.PostAsJsonAsync("/api/orders", new { customer_id = customer, items = new[] { new { inventory_id = item, quantity = 2, price = 0.01m } }, notes = "Gift" }),
            r => r.StatusCode != HttpStatusCode.NotFound, TimeSpan.FromSeconds(30), "Orders to know the product");
        // 201 once the stock is held; ours: 202 with the same body while it is still being reserved.
        var order = OrderRow(await ShapeAsync(placed, placed.StatusCode == HttpStatusCode.Accepted ? HttpStatusCode.Accepted : HttpStatusCode.Created))
            .HasValue("status", "pending")
            .HasValue("customer_email", customerEmail).HasValue("notes", "Gift").HasValue("items[0].sku", OrderSku(await store.ItemAsync(item)));
        Assert.Equal(25m, order.Get("total_amount").GetDecimal());
        var orderId = order.Get("id").GetInt32();

        OrderRow(await ShapeAsync(await store.Client.GetAsync($"/api/orders/{orderId}"), HttpStatusCode.OK)).HasValue("items[0].quantity", "2");
        var list = await ListAsync(await store.Client.GetAsync("/api/orders?status=pending"));
        list.HasValue("pagination.total", "1").HasValue("pagination.limit", "10")
            .Has("items[0].customer_name", Text).HasValue("items[0].customer_email", customerEmail).Has("items[0].total_amount", Number);
        (await ListAsync(await store.Client.GetAsync("/api/orders?status=shipped"))).HasValue("pagination.total", "0");

        // A successful payment moves the pending order to processing.
        await PayAsync(store, orderId);
        await store.WaitForOrderAsync(orderId, o => o["status"]!.GetValue<string>() == "processing", "the paid order to be processing");

        OrderRow(await ShapeAsync(await store.Client.PutAsJsonAsync($"/api/orders/{orderId}/status", new { status = "completed" }), HttpStatusCode.OK))
            .HasValue("status", "completed");
        // Ours: the same status again is a no-op; nothing leaves completed (409 with where it may go: nowhere).
        (await ShapeAsync(await store.Client.PutAsJsonAsync($"/api/orders/{orderId}/status", new { status = "completed" }), HttpStatusCode.OK))
            .HasValue("status", "completed");
        (await ErrorAsync(await store.Client.PutAsJsonAsync($"/api/orders/{orderId}/status", new { status = "pending" }), HttpStatusCode.Conflict))
            .Has("allowed", ArrayKind);
        await ErrorAsync(await store.Client.PutAsJsonAsync($"/api/orders/{orderId}/status", new { status = "shipped" }), HttpStatusCode.BadRequest);

        var invoice = await Eventually.Until(() => store.Client.GetAsync($"/api/orders/{orderId}/invoice"),
            r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "the invoice");
        Assert.Equal("application/pdf", invoice.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", invoice.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"invoice-{orderId}.pdf", invoice.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Bad_orders_answer_Invalid_order_data_and_a_shortfall_Insufficient_inventory_with_our_details()
    {
        var store = new StoreApi(system, await new StoreAccounts(system).OpenStoreAsync("Contract Shortfall"));
        var item = await store.AddItemAsync(quantity: 1);
        var customer = await store.AddCustomerAsync(TestTenants.UniqueEmail("buyer"));

        (await ErrorAsync(await store.Client.PostAsJsonAsync("/api/orders", new { customer_id = customer, items = Array.Empty<object>() }),
            HttpStatusCode.BadRequest, "Invalid order data")).Has("details[0].field", Text);

        // Ours: 409 (the original: 400), with the per-line shortfalls and the cancelled order beside the sentence.
        var refused = await Eventually.Until(
            () => store.Client.PostAsJsonAsync("/api/orders", new { customer_id = customer, items = new[] { new { inventory_id = item, quantity = 3 } } }),
            r => r.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Accepted), TimeSpan.FromSeconds(30), "Catalog's answer within the wait");
        var shortfall = await ErrorAsync(refused, HttpStatusCode.Conflict, "Insufficient inventory");
        shortfall.Has("shortfalls[0].inventory_id", Number).HasValue("shortfalls[0].requested", "3").HasValue("shortfalls[0].available", "1")
            .HasValue("order.status", "cancelled");
    }

    private static async Task PayAsync(StoreApi store, int orderId)
    {
        await store.WaitForOrderAsync(orderId, o => o["stock_status"]!.GetValue<string>() == "reserved", "the reservation");
        var intent = await Eventually.Until(
            () => store.Client.PostAsJsonAsync("/api/payments/create-intent", new { orderId, customerEmail = "payer@example.test", amount = 1m }),
            r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "Payments to know the confirmed order");
        var intentId = (await ResponseJson.ReadAsync(intent))["paymentIntentId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await store.Client.PostAsJsonAsync("/api/payments/simulate/confirm",
            new { paymentIntentId = intentId, cardNumber = "4242424242424242" })).StatusCode);
    }

    private static string OrderSku(System.Text.Json.Nodes.JsonObject item) => item["sku"]!.GetValue<string>();

    /// <summary>The original's order row with its lines, and ours (stock and payment state) beside them.</summary>
    private static JsonShape OrderRow(JsonShape shape) => shape
        .Has("id", Number).Has("tenant_id", Number).Has("customer_id", Number).Has("status", Text).Has("total_amount", Number)
        .Has("notes", Text, Null).Has("created_at", Text).Has("updated_at", Text).Has("customer_name", Text).Has("customer_email", Text, Null)
        .Has("items", ArrayKind).Has("items[0].id", Number).Has("items[0].order_id", Number).Has("items[0].inventory_id", Number)
        .Has("items[0].quantity", Number).Has("items[0].price", Number).Has("items[0].created_at", Text)
        .Has("items[0].product_name", Text).Has("items[0].sku", Text)
        .Has("stock_status", Text).Has("payment_status", Text);
}
