using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using QommerceHub.Gateway.Benchmark;
using QommerceHub.Testing;

// Issues 3 and 4: list and order-placement figures through the gateway of a whole system started like ./run.sh.
// Usage: dotnet run -c Release --project benchmarks/Gateway.Benchmark [items=100000] [seconds=20] [clients=32]
var items = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;

// The per-tenant API limit would otherwise measure the rate limiter; child processes inherit this.
Environment.SetEnvironmentVariable("RateLimits__Api__TokenLimit", "1000000");
Environment.SetEnvironmentVariable("RateLimits__Api__TokensPerPeriod", "1000000");

var system = new SystemFixture();
await system.InitializeAsync();
try
{
    var owner = await new Shopper(system).OpenStoreAsync("Benchmark Shop");
    var api = system.Client(owner.Token);
    var seed = Stopwatch.StartNew();
    for (var start = 0; start < items; start += 10_000)
        await ImportAsync(api, start, Math.Min(10_000, items - start));
    Console.WriteLine($"Seeded {items} items in {seed.Elapsed.TotalSeconds:F1} s (CSV import, 10,000 rows a request)");

    var customer = await Json(await api.PostAsJsonAsync("/api/customers", new { name = "Bench Customer", email = "bench@example.test" }));
    var customerId = customer["id"]!.GetValue<int>();
    // Orders learns the products from Catalog's events; wait until the last imported one has arrived.
    await Eventually.Until(
        async () => (int)(await api.PostAsJsonAsync("/api/orders", new { customer_id = customerId, items = new[] { new { inventory_id = items, quantity = 1 } } })).StatusCode,
        status => status != 404, TimeSpan.FromMinutes(10), "Orders' product replica");
    var quiet = Stopwatch.StartNew();
    await QuietMachine.WaitAsync();
    Console.WriteLine($"Services caught up with the seeding after another {quiet.Elapsed.TotalSeconds:F0} s");

    Console.WriteLine($"| what | requests | clients | p50 ms | p99 ms | req/s |");
    Console.WriteLine("|---|---|---|---|---|---|");
    Console.WriteLine(await Load.RunAsync("GET /api/inventory?limit=50", clients, seconds, async () =>
        (await api.GetAsync("/api/inventory?limit=50&page=7")).EnsureSuccessStatusCode()));
    Console.WriteLine(await Load.RunAsync("GET /api/inventory?limit=50&search=…", clients, seconds, async () =>
        (await api.GetAsync($"/api/inventory?limit=50&search=Item%20{Random.Shared.Next(items / 10)}")).EnsureSuccessStatusCode()));

    var answeredAfter = new List<double>();
    var reservedAfter = new List<double>();
    var placement = await Load.RunAsync("POST /api/orders, then GET until stock decided", clients, seconds, async () =>
    {
        var started = Stopwatch.GetTimestamp();
        var response = await api.PostAsJsonAsync("/api/orders", new { customer_id = customerId, items = new[] { new { inventory_id = 1 + Random.Shared.Next(items), quantity = 1 } } });
        lock (answeredAfter) answeredAfter.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var order = await Json(response);
        var id = (order["order"] ?? order)["id"]?.GetValue<int>()
            ?? throw new InvalidOperationException($"order refused: {(int)response.StatusCode} {order.ToJsonString()}");
        while ((order["order"] ?? order)["stock_status"]!.GetValue<string>() == "reserving")
        {
            await Task.Delay(20);
            order = await Json(await api.GetAsync($"/api/orders/{id}"));
        }
        lock (reservedAfter) reservedAfter.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    });
    Console.WriteLine(placement);
    var answers = answeredAfter.Order().ToArray();
    Console.WriteLine($"POST /api/orders answer: p50 {Load.Percentile(answers, 0.5):F1} ms, p99 {Load.Percentile(answers, 0.99):F1} ms over {answers.Length} orders");
    var sorted = reservedAfter.Order().ToArray();
    Console.WriteLine($"placement → stock decided: p50 {Load.Percentile(sorted, 0.5):F1} ms, p99 {Load.Percentile(sorted, 0.99):F1} ms over {sorted.Length} orders");
}
finally
{
    await system.DisposeAsync();
}

static async Task ImportAsync(HttpClient api, int start, int count)
{
    var csv = new StringBuilder("name,sku,price,quantity\n");
    for (var i = start; i < start + count; i++) csv.Append(CultureInfo.InvariantCulture, $"Item {i},SKU-{i:D7},{1 + i % 500}.99,{1_000_000}\n");
    using var content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
    var response = await api.PostAsync("/api/inventory/import", content);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
}

static async Task<JsonObject> Json(HttpResponseMessage response) => (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
