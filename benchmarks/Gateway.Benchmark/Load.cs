using System.Diagnostics;
using System.Globalization;

namespace QommerceHub.Gateway.Benchmark;

/// <summary>A closed-loop load: each client sends its next request when its last one has answered.</summary>
public static class Load
{
    public static async Task<string> RunAsync(string what, int clients, int seconds, Func<Task<HttpResponseMessage>> request)
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
                    lock (samples) samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var sorted = samples.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {sorted.Length} (failed {failures}) | {clients} | {Percentile(sorted, 0.5):F1} | {Percentile(sorted, 0.99):F1} | {sorted.Length / deadline.Elapsed.TotalSeconds:F0} |");
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
