using System.Globalization;

namespace QommerceHub.Analytics.Benchmark;

/// <summary>
/// What to measure. <c>--orders 1000000 --products 10000 --customers 50000 --span-days 365 --requests 500
/// --events 5000</c>; PostgreSQL and RabbitMQ are the AppHost's, thrown away afterwards;
/// <c>--url</c> measures the dashboard through a running
/// gateway (with <c>--token</c>) instead of the in-process service.
/// </summary>
public sealed record BenchmarkOptions
{
    public int TenantId { get; init; } = 900_001;
    public int Orders { get; init; } = 1_000_000;
    public int Products { get; init; } = 10_000;
    public int Customers { get; init; } = 50_000;
    public int SpanDays { get; init; } = 365;
    public int Requests { get; init; } = 500;
    public int Concurrency { get; init; } = 4;
    public int Events { get; init; } = 5_000;
    public Uri? Url { get; init; }
    public string? Token { get; init; }

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        var queue = new Queue<string>(args);
        while (queue.TryDequeue(out var name))
        {
            var value = queue.TryDequeue(out var next) ? next : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--tenant" => options with { TenantId = Number(value) },
                "--orders" => options with { Orders = Number(value) },
                "--products" => options with { Products = Number(value) },
                "--customers" => options with { Customers = Number(value) },
                "--span-days" => options with { SpanDays = Number(value) },
                "--requests" => options with { Requests = Number(value) },
                "--concurrency" => options with { Concurrency = Number(value) },
                "--events" => options with { Events = Number(value) },
                "--url" => options with { Url = new Uri(value) },
                "--token" => options with { Token = value },
                _ => throw new ArgumentException($"Unknown option {name}"),
            };
        }
        return options;
    }

    private static int Number(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
}
