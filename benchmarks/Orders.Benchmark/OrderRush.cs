using System.Diagnostics;
using System.Net.Http.Json;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Benchmark;

/// <summary>Closed-loop checkout: each client places its next order (one random item) when the last one answered.</summary>
public static class OrderRush
{
    public sealed record Result(double[] AnswerMs, int[] OrderIds, int Refused, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(Func<HttpClient> newClient, int customerId, Func<int> pickItem, int clients, TimeSpan duration)
    {
        var answers = new List<double>();
        var ids = new List<int>();
        var refused = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            using var http = newClient();
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/api/orders",
                    new { customer_id = customerId, items = new[] { new { inventory_id = pickItem(), quantity = 1 } } });
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var body = await ResponseJson.ReadAsync(response);
                lock (answers)
                {
                    if (response.IsSuccessStatusCode && body["id"] is { } id)
                    {
                        answers.Add(elapsed);
                        ids.Add(id.GetValue<int>());
                    }
                    else refused++;
                }
            }
        }));
        return new Result([.. answers.Order()], [.. ids], refused, clock.Elapsed);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
