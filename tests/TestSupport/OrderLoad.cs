using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
namespace QommerceHub.Testing;

/// <summary>An order a load client placed: the id the API answered, and its first and final answers.</summary>
public sealed record PlacedOrder(int Id, int ItemId, string IdempotencyKey, HttpStatusCode Status, int Attempts);

/// <summary>
/// Several clients placing orders at once, as a shop's checkout would under a rush. Every request carries an
/// Idempotency-Key and is retried with the same key through crashes (5xx, broken connections, "still being
/// processed") until it gets a definite answer, so the test sees exactly which orders the system accepted.
/// </summary>
public sealed class OrderLoad(Func<HttpClient> newClient, int customerId, IReadOnlyList<int> items)
{
    /// <summary>How long one order may take to get a definite answer through a crash before the load gives up.</summary>
    public static readonly TimeSpan AnswerDeadline = TimeSpan.FromMinutes(2);

    private readonly ConcurrentQueue<PlacedOrder> placed = new();
    private readonly ConcurrentQueue<string> unanswered = new();
    private readonly TaskCompletionSource reachedHalf = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int answered;
    private int target;

    public IReadOnlyCollection<PlacedOrder> Placed => placed;

    /// <summary>How many orders have had their definite answer (or given up) so far.</summary>
    public int Answered => Volatile.Read(ref answered);

    /// <summary>Keys that never got a definite answer within <see cref="AnswerDeadline"/>.</summary>
    public IReadOnlyCollection<string> Unanswered => unanswered;

    /// <summary>
    /// Completes once a third of the orders have their answer (the moment to crash something), or when the load ends
    /// early: a client that failed must not leave the test waiting for a moment that never comes.
    /// </summary>
    public Task InFullSwing => reachedHalf.Task;

    public async Task RunAsync(int clients, int ordersPerClient)
    {
        target = Math.Max(1, clients * ordersPerClient / 3);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, clients).Select(client => ClientAsync(client, ordersPerClient)));
        }
        finally
        {
            reachedHalf.TrySetResult();
        }
    }

    private async Task ClientAsync(int client, int orders)
    {
        using var http = newClient();
        for (var n = 0; n < orders; n++)
        {
            var item = items[(client + n) % items.Count];
            var key = $"load-{Guid.NewGuid():N}";
            var order = await PlaceWithRetriesAsync(http, item, key);
            if (order is null) unanswered.Enqueue(key);
            else placed.Enqueue(order);
            if (Interlocked.Increment(ref answered) >= target) reachedHalf.TrySetResult();
        }
    }

    private async Task<PlacedOrder?> PlaceWithRetriesAsync(HttpClient http, int item, string key)
    {
        var deadline = DateTime.UtcNow + AnswerDeadline;
        for (var attempt = 1; DateTime.UtcNow < deadline; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
                {
                    Content = JsonContent.Create(new { customer_id = customerId, items = new[] { new { inventory_id = item, quantity = 1 } } }),
                };
                request.Headers.Add("Idempotency-Key", key);
                using var response = await http.SendAsync(request);
                var body = await ResponseJson.ReadAsync(response);
                var order = response.StatusCode == HttpStatusCode.Conflict ? body["order"] as JsonObject : body;
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Accepted or HttpStatusCode.Conflict && order?["id"] is not null)
                    return new PlacedOrder(order!["id"]!.GetValue<int>(), item, key, response.StatusCode, attempt);
                if ((int)response.StatusCode is >= 400 and < 500 && response.StatusCode != HttpStatusCode.Conflict)
                    throw new InvalidOperationException($"Order refused: {(int)response.StatusCode} {body.ToJsonString()}");
            }
            catch (HttpRequestException)
            {
                // The service or the gateway's connection to it died mid-request: retry with the same key.
            }
            catch (TaskCanceledException)
            {
                // HttpClient's own time-out while a service was down.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(100 * attempt, 1000)));
        }

        return null;
    }
}
