using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QommerceHub.Testing;

namespace QommerceHub.FaultAndAbuse;

/// <summary>
/// The store owner at work during the rush: pays every fourth reserved order with a test card, cancels every eighth
/// after paying it (a refund) and every ninth unpaid. Each call is retried through crashes with the same intent.
/// </summary>
public sealed class ShopOperator(HttpClient http)
{
    public ConcurrentDictionary<int, byte> Paid { get; } = new();
    public ConcurrentDictionary<int, byte> Cancelled { get; } = new();
    public ConcurrentDictionary<int, byte> Refused { get; } = new();

    public async Task RunAsync(OrderLoad load, Task loadDone)
    {
        var handled = 0;
        while (true)
        {
            var placed = load.Placed.ToList();
            if (handled == placed.Count)
            {
                if (loadDone.IsCompleted && load.Placed.Count == handled) return;
                await Task.Delay(100);
                continue;
            }

            for (; handled < placed.Count; handled++) await ActOnAsync(placed[handled].Id, handled);
        }
    }

    private async Task ActOnAsync(int orderId, int ordinal)
    {
        var (pay, cancel) = (ordinal % 4 == 1 || ordinal % 8 == 3, ordinal % 8 == 3 || ordinal % 9 == 5);
        if (!pay && !cancel) return;
        var order = await Eventually.Until(() => Resilient.GetAsync(http, $"/api/orders/{orderId}"),
            r => r.Status == HttpStatusCode.OK && r.Body["stock_status"]!.GetValue<string>() != "reserving", Resilient.Deadline, $"order {orderId} decided");
        if (order.Body["stock_status"]!.GetValue<string>() != "reserved") return;

        if (pay && await PayAsync(orderId)) Paid[orderId] = 0;
        if (cancel)
        {
            var (status, _) = await Resilient.SendAsync(http, () => Json(HttpMethod.Put, $"/api/orders/{orderId}/status", new { status = "cancelled" }, $"cancel-{orderId}"),
                retryOn: StillBeingProcessed);
            if (status == HttpStatusCode.OK) Cancelled[orderId] = 0;
            else Refused[orderId] = 0;
        }
    }

    private async Task<bool> PayAsync(int orderId)
    {
        // Payments learns of the confirmed order by event: 404/409 until it has.
        var (status, intent) = await Resilient.SendAsync(http, () => Json(HttpMethod.Post, "/api/payments/create-intent", new { orderId }),
            retryOn: (s, _) => s is HttpStatusCode.NotFound or HttpStatusCode.Conflict);
        if (status != HttpStatusCode.OK) return false;
        var intentId = intent["paymentIntentId"]!.GetValue<string>();
        var (confirmed, _) = await Resilient.SendAsync(http, () => Json(HttpMethod.Post, "/api/payments/simulate/confirm", new { paymentIntentId = intentId, cardNumber = "4242424242424242" }));
        // 409: an earlier attempt whose answer the crash ate already paid it.
        return confirmed is HttpStatusCode.OK or HttpStatusCode.Conflict;
    }

    private static bool StillBeingProcessed(HttpStatusCode status, JsonObject body) =>
        status == HttpStatusCode.Conflict && body["order"] is null && body["allowed"] is null;

    private static HttpRequestMessage Json(HttpMethod method, string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }
}
