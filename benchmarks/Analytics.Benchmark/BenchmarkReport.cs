namespace QommerceHub.Analytics.Benchmark;

/// <summary>Collects the figures and prints them as a Markdown table for the issue note.</summary>
public sealed class BenchmarkReport(BenchmarkOptions options)
{
    private readonly List<Latency> latencies = [];
    private readonly List<string> firstRequests = [];

    public ProjectionThroughput.Result? Projection { get; set; }
    public string Consistency { get; set; } = "not checked";

    public void FirstRequest(int days, double milliseconds) =>
        firstRequests.Add($"first sales?days={days} after start-up (JIT, pools; fills its ranking window): {milliseconds:F0} ms");

    public void Add(Latency latency) => latencies.Add(latency);

    /// <summary>Other work on the machine skews every figure, so the report says how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Analytics benchmark: tenant with {options.Orders:N0} orders, {options.Products:N0} products, {options.Customers:N0} customers; " +
            $"{Environment.ProcessorCount} cores; throw-away PostgreSQL (fsync off); {(options.Url is null ? "in-process service over Kestrel" : options.Url.ToString())}");
        output.WriteLine($"- load average at the end (1/5/15 min): {LoadAverage()}");
        foreach (var line in firstRequests) output.WriteLine("- " + line);
        output.WriteLine();
        output.WriteLine("| request | n | clients | p50 ms | p90 ms | p99 ms | max ms | req/s |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var latency in latencies) output.WriteLine(latency);
        output.WriteLine();
        if (Projection is { } p)
            output.WriteLine($"Projection: {p.Events:N0} OrderConfirmed published in {p.Publishing.TotalSeconds:F1} s, absorbed in {p.Absorbing.TotalSeconds:F1} s = {p.PerSecond:F0} events/s");
        output.WriteLine($"Read model check after the run: {Consistency}");
    }
}
