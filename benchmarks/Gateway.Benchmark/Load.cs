using System.Diagnostics;

namespace QommerceHub.Gateway.Benchmark;

/// <summary>What a load run measured: answered requests, failures, latency percentiles and throughput.</summary>
public sealed record LoadResult(int Requests, int Failures, double P50Ms, double P99Ms, double PerSecond);

/// <summary>A closed-loop load: each client sends its next request when its last one has answered.</summary>
public static class Load
{
    public static async Task<LoadResult> RunAsync(int clients, int seconds, Func<Task<HttpResponseMessage>> request)
    {
        var samples = new List<double>();
        var failures = 0;
        var deadline = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (deadline.Elapsed.TotalSeconds < seconds)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await request();
                    response.EnsureSuccessStatusCode();
                    lock (samples) samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var sorted = samples.Order().ToArray();
        return new LoadResult(sorted.Length, failures, Percentile(sorted, 0.5), Percentile(sorted, 0.99), sorted.Length / deadline.Elapsed.TotalSeconds);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
