using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Contracts;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.Model;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.Testing;

namespace QommerceHub.Payments.Tests.Support;

/// <summary>One store (tenant) using Payments: orders arrive as Orders' events, payments are taken through the API.</summary>
public sealed class StoreDriver(PaymentsHost host, int tenantId, string role = "owner")
{
    private int lastOrderId;

    public int TenantId => tenantId;
    public PaymentsHost Host => host;
    public HttpClient Client { get; } = host.Factory.ClientFor(tenantId, userId: 3, role: role);

    /// <summary>An order confirmed by Orders and known to Payments, ready to pay.</summary>
    public async Task<int> ConfirmedOrderAsync(decimal total = 42.50m, string currency = "USD")
    {
        var orderId = Interlocked.Increment(ref lastOrderId);
        await PublishAsync(OrderConfirmed(orderId, total, currency));
        await WaitForOrderAsync(orderId, o => o.IsConfirmed, "the order to become payable");
        return orderId;
    }

    public OrderConfirmed OrderConfirmed(int orderId, decimal total, string currency = "USD") => new()
    {
        TenantId = tenantId,
        OrderId = orderId,
        CustomerId = 5,
        CustomerName = "Ada Lovelace",
        CustomerEmail = "ada@example.test",
        Lines = [new OrderLine(1, "Tea", 1, total)],
        TotalAmount = total,
        Currency = currency,
        PlacedAt = DateTimeOffset.UtcNow,
    };

    public int NextOrderId() => Interlocked.Increment(ref lastOrderId);

    /// <summary>Publishes as Orders would; the same record published twice keeps its MessageId (a redelivery).</summary>
    public Task PublishAsync<T>(T message) where T : IntegrationEvent => host.Bus.Publish(message);

    public Task<PayableOrder?> WaitForOrderAsync(int orderId, Func<PayableOrder, bool> done, string what) =>
        Eventually.Until(() => ReadAsync(db => db.PayableOrders.AsNoTracking().FirstOrDefaultAsync(o => o.OrderId == orderId)),
            o => o is not null && done(o), TimeSpan.FromSeconds(15), what);

    /// <summary>Reads Payments' tables as this tenant (query filters and row-level security apply).</summary>
    public async Task<T> ReadAsync<T>(Func<PaymentsDbContext, Task<T>> query)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return await query(scope.ServiceProvider.GetRequiredService<PaymentsDbContext>());
    }

    /// <summary>How many events of that type Payments queued for the payment (what Orders will eventually receive).</summary>
    public async Task<int> OutboxCountAsync(string eventName, string paymentIntentId)
    {
        var bodies = await ReadAsync(db => db.OutboxMessages.Where(m => m.MessageType.Contains(eventName)).Select(m => m.Body).ToListAsync());
        return bodies.Count(b => b.Contains(paymentIntentId, StringComparison.Ordinal));
    }

    public Task<HttpResponseMessage> CreateIntentAsync(int orderId) =>
        Client.PostAsJsonAsync("/api/payments/create-intent", new { order_id = orderId });

    /// <summary>Creates the intent and returns its id, asserting success.</summary>
    public async Task<string> OpenIntentAsync(int orderId)
    {
        var body = await ExpectAsync(await CreateIntentAsync(orderId), HttpStatusCode.OK);
        return body["paymentIntentId"]!.GetValue<string>();
    }

    public Task<HttpResponseMessage> StatusAsync(string paymentIntentId) => Client.GetAsync($"/api/payments/status/{paymentIntentId}");

    public Task<HttpResponseMessage> RefundAsync(string paymentIntentId, decimal? amount = null, string? reason = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/refund") { Content = JsonContent.Create(new { paymentIntentId, amount, reason }) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> ChargeSimulatedAsync(string paymentIntentId, string cardNumber) =>
        Client.PostAsJsonAsync("/api/payments/simulate/confirm", new { paymentIntentId, cardNumber });

    /// <summary>Posts a webhook as Stripe would: anonymously, signed (or not) as given.</summary>
    public Task<HttpResponseMessage> SendWebhookAsync(string payload, string? signature) =>
        host.Factory.CreateClient().SendAsync(StripeWebhooks.Request(payload, signature));

    public Task<HttpResponseMessage> SendSignedWebhookAsync(string type, JsonObject dataObject, string? eventId = null)
    {
        var payload = StripeWebhooks.Event(type, dataObject, eventId);
        return SendWebhookAsync(payload, StripeWebhooks.Signature(payload, DateTimeOffset.UtcNow));
    }

    public static async Task<JsonObject> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? throw new JsonException(text);
    }
}
