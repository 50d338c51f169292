using System.Diagnostics;

namespace QommerceHub.Analytics.Benchmark;

/// <summary>Latency figures of one request path, from client send to the last byte of the answer.</summary>
public sealed record Latency(string What, int Requests, int Concurrency, double P50, double P90, double P99, double Max, double PerSecond)
{
    public override string ToString() =>
        $"| {What} | {Requests} | {Concurrency} | {P50:F1} | {P90:F1} | {P99:F1} | {Max:F1} | {PerSecond:F0} |";
}

/// <summary>Times GET requests with a fixed number of clients, each sending its next request when the last one answered.</summary>
public static class LatencyProbe
{
    public static async Task<double> OnceAsync(HttpClient client, string path)
    {
        var started = Stopwatch.GetTimestamp();
        await GetAsync(client, path, CancellationToken.None);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public static async Task<Latency> MeasureAsync(HttpClient client, string what, string path, int requests, int concurrency, CancellationToken stopEarly = default)
    {
        var samples = new List<double>[concurrency];
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = samples[worker] = [];
            for (var i = worker; i < requests && !stopEarly.IsCancellationRequested; i += concurrency)
            {
                var started = Stopwatch.GetTimestamp();
                await GetAsync(client, path, CancellationToken.None);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var sorted = samples.SelectMany(s => s).Order().ToArray();
        return new Latency(what, sorted.Length, concurrency, Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99),
            sorted[^1], sorted.Length / wall.Elapsed.TotalSeconds);
    }

    private static async Task GetAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
