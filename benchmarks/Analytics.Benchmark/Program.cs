using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Analytics.Benchmark;
using QommerceHub.Analytics.Maintenance;
using QommerceHub.Testing;

// Seeds one tenant's read model, then prints dashboard latency and projection throughput. Figures, never assertions.
var options = BenchmarkOptions.Parse(args);
await using var infrastructure = await InfrastructureFixture.StartAsync();
await using var service = new AnalyticsUnderTest(infrastructure);
service.StartServer(); // applies the migrations
await service.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));

var now = DateTimeOffset.UtcNow;
var clock = Stopwatch.StartNew();
await new ReadModelSeeder(options, infrastructure.SuperuserConnectionString).SeedAsync(now);
Console.WriteLine($"Seeded tenant {options.TenantId}: {options.Orders:N0} orders over {options.SpanDays} days, {options.Products:N0} products, {options.Customers:N0} customers in {clock.Elapsed.TotalSeconds:F0} s");
using var client = options.Url is { } gateway
    ? new HttpClient { BaseAddress = gateway, DefaultRequestHeaders = { Authorization = new("Bearer", options.Token) } }
    : service.ClientFor(options.TenantId);

var report = new BenchmarkReport(options);
foreach (var days in new[] { 30, 90 })
    report.FirstRequest(days, await LatencyProbe.OnceAsync(client, $"/api/analytics/sales?days={days}"));
// Long enough for tiered JIT to settle on both paths before anything is timed.
foreach (var days in new[] { 30, 90, 30, 90 })
    await LatencyProbe.MeasureAsync(client, "warm-up", $"/api/analytics/sales?days={days}", 100, 2);
foreach (var path in new[] { "/api/analytics/sales?days=30", "/api/analytics/sales?days=90" })
{
    report.Add(await LatencyProbe.MeasureAsync(client, path, path, options.Requests, 1));
    report.Add(await LatencyProbe.MeasureAsync(client, path, path, options.Requests, options.Concurrency));
}
report.Add(await LatencyProbe.MeasureAsync(client, "/api/analytics/inventory", "/api/analytics/inventory", options.Requests / 5, 1));
var custom = $"/api/analytics/sales?from={now.AddDays(-29):yyyy-MM-dd}&to={now:yyyy-MM-dd}";
report.Add(await LatencyProbe.MeasureAsync(client, "sales, custom 30 days (from/to)", custom, 20, 1));

if (options.Events > 0)
{
    using var projecting = new CancellationTokenSource();
    var underLoad = LatencyProbe.MeasureAsync(client, "sales?days=30 while projecting", "/api/analytics/sales?days=30", int.MaxValue, 1, projecting.Token);
    report.Projection = await new ProjectionThroughput(options, service.Services.GetRequiredService<IBus>(), infrastructure.SuperuserConnectionString).RunAsync(now);
    await projecting.CancelAsync();
    report.Add(await underLoad);
}

var check = await service.Services.GetRequiredService<ReadModelCheck>().CheckAsync(options.TenantId, CancellationToken.None);
report.Consistency = check.Count == 0 ? "consistent" : $"{check.Count} discrepancies, first: {check[0]}";
report.Print(Console.Out);
