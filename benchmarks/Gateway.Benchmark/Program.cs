using System.Diagnostics;
using System.Globalization;
using QommerceHub.Gateway.Benchmark;
using QommerceHub.Testing;

// Reads at shop scale through the gateway of the whole system (Release): a store with 100,000 items (CSV import, so
// every replica has them), 100,000 customers and 1,000,000 orders (written straight into Orders' tables). Prints
// requests/s, p50/p99 at 1, 8 and 32 clients and CPU-ms per request across every process (from /proc).
// Usage: dotnet run -c Release --project benchmarks/Gateway.Benchmark -- [--items 100000] [--customers 100000]
//        [--orders 1000000] [--seconds 10] [--clients 1,8,32] [--reads items,search,orders,customers,analytics] [--warm-up 5]
var items = Option("--items", "100000", int.Parse);
var customers = Option("--customers", "100000", int.Parse);
var orders = Option("--orders", "1000000", int.Parse);
var seconds = Option("--seconds", "10", int.Parse);
var clientCounts = Option("--clients", "1,8,32", s => s.Split(',').Select(int.Parse).ToArray());
var chosenReads = Option("--reads", "items,search,orders,customers,analytics", s => s.Split(','));
var warmUpSeconds = Option("--warm-up", "5", int.Parse);

// The per-tenant API limit would otherwise measure the rate limiter; child processes inherit this.
Environment.SetEnvironmentVariable("RateLimits__Api__TokenLimit", "1000000");
Environment.SetEnvironmentVariable("RateLimits__Api__TokensPerPeriod", "1000000");

var system = new SystemFixture();
await system.InitializeAsync();
try
{
    var owner = await new StoreAccounts(system).OpenStoreAsync("Benchmark Shop");
    var api = system.Client(owner.Token);
    var seed = Stopwatch.StartNew();
    await ItemCsvImport.ImportAsync(api, items);
    await new ShopSeeder(await system.SuperuserConnectionStringAsync(), owner.TenantId).SeedAsync(customers, orders);
    Console.WriteLine($"Seeded {items} items (CSV import), {customers} customers and {orders} orders in {seed.Elapsed.TotalSeconds:F0} s");
    await QuietMachine.WaitAsync();

    var reads = new (string Key, string What, Func<string> Path)[]
    {
        ("items", "items page of 50", () => $"/api/inventory?limit=50&page={1 + Random.Shared.Next(100)}"),
        ("search", "items search", () => $"/api/inventory?limit=50&search=Item%20{Random.Shared.Next(items)}"),
        ("orders", "orders page, status filter", () => $"/api/orders?limit=50&status=processing&page={1 + Random.Shared.Next(100)}"),
        ("customers", "customers search", () => $"/api/customers?limit=50&search=customer{Random.Shared.Next(customers)}%40"),
        ("analytics", "analytics sales", () => "/api/analytics/sales?days=30"),
    };
    Console.WriteLine("| read | clients | requests | req/s | p50 ms | p99 ms | CPU-ms per request | of which (largest first) |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|");
    foreach (var (_, what, path) in reads.Where(r => chosenReads.Contains(r.Key)))
    {
        // Unmeasured: the first calls of a read JIT its code path and tier it up, which would be billed to 1 client.
        // The optimised code is compiled in the background for a while after those calls: wait for it too.
        await Load.RunAsync(8, warmUpSeconds, () => api.GetAsync(path()));
        await QuietMachine.WaitAsync(maxMinutes: 2);
        foreach (var clients in clientCounts)
        {
            var before = ProcessCpu.PerResource(system);
            var benchmarkBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var result = await Load.RunAsync(clients, seconds, () => api.GetAsync(path()));
            var perRequest = CpuPerRequest(before, ProcessCpu.PerResource(system), result.Requests);
            perRequest["load client"] = (Process.GetCurrentProcess().TotalProcessorTime - benchmarkBefore).TotalMilliseconds / Math.Max(1, result.Requests);
            var split = string.Join(", ", perRequest.Where(p => p.Value >= 0.05).OrderByDescending(p => p.Value)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F2}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {what} | {clients} | {result.Requests} (failed {result.Failures}) | {result.PerSecond:F0} | {result.P50Ms:F1} | {result.P99Ms:F1} | {perRequest.Where(p => p.Key != "load client").Sum(p => p.Value):F2} | {split} |"));
        }
    }
}
finally
{
    await system.DisposeAsync();
}

// CPU-ms per request of each process; the load client's own share is shown apart, as it is not the system's cost.
static Dictionary<string, double> CpuPerRequest(Dictionary<string, double> before, Dictionary<string, double> after, int requests) =>
    after.ToDictionary(p => p.Key, p => (p.Value - before.GetValueOrDefault(p.Key)) / Math.Max(1, requests));

T Option<T>(string name, string fallback, Func<string, T> parse)
{
    var at = Array.IndexOf(args, name);
    return parse(at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback);
}
