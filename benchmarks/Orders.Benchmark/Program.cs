using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using QommerceHub.Orders.Benchmark;
using QommerceHub.Testing;

// The order pipeline's cost: the whole system (Release, every side effect on) absorbs a large CSV import, then
// takes orders from 1, 8 and 32 clients. Prints orders/s, answer and placement → confirmation-email latencies,
// CPU-ms per order of each process (from /proc, PostgreSQL and RabbitMQ included) and PostgreSQL transactions per order.
// Usage: dotnet run -c Release --project benchmarks/Orders.Benchmark -- [--items 100000] [--seconds 20] [--clients 1,8,32]
var items = Option("--items", "100000", int.Parse);
var seconds = Option("--seconds", "20", int.Parse);
var clientCounts = Option("--clients", "1,8,32", s => s.Split(',').Select(int.Parse).ToArray());
// Warm-up ends when the whole system spends less than this between rushes (idle is about 100).
const double QuietCpuMsPerSecond = 150;
const int WarmUpRounds = 8;

// Measure the pipeline, not the rate limiter; the child processes inherit these.
Environment.SetEnvironmentVariable("RateLimits__Api__TokenLimit", "1000000");
Environment.SetEnvironmentVariable("RateLimits__Api__TokensPerPeriod", "1000000");

var system = new SystemFixture();
await system.InitializeAsync();
try
{
    var database = new ShopDatabase(await system.SuperuserConnectionStringAsync());
    var owner = await new StoreAccounts(system).OpenStoreAsync("Pipeline Shop");
    var api = system.Client(owner.Token);
    var customer = await ResponseJson.ReadAsync(await api.PostAsJsonAsync("/api/customers", new { name = "Bench Customer", email = TestTenants.UniqueEmail("bench") }));
    var customerId = customer["id"]!.GetValue<int>();

    var before = ProcessCpu.PerResource(system);
    var clock = Stopwatch.StartNew();
    await ItemCsvImport.ImportAsync(api, items);
    var imported = clock.Elapsed;
    foreach (var replica in ShopDatabase.ProductReplicas)
        await Eventually.Until(() => database.CountAsync(replica, owner.TenantId), count => count >= items, TimeSpan.FromMinutes(30), replica);
    var absorbed = clock.Elapsed;
    Console.WriteLine($"Import of {items} items: accepted in {imported.TotalSeconds:F1} s, absorbed by every replica ({string.Join(", ", ShopDatabase.ProductReplicas)}) after {absorbed.TotalSeconds:F1} s");
    PrintCpu("CPU-ms per 1,000 imported items", before, ProcessCpu.PerResource(system), items / 1000.0);

    var (first, last) = await database.ItemIdsAsync(owner.TenantId);
    // The services start on unoptimised code and recompile their hot methods in the background for a while (tiered
    // JIT): that is start-up cost, not the cost of an order. Unmeasured rushes go on until the system is quiet between
    // them, so the figures below are the steady state; then the idle cost (health checks, pollers).
    var warmUpBefore = ProcessCpu.PerResource(system);
    var warmUp = Stopwatch.StartNew();
    for (var round = 1; round <= WarmUpRounds; round++)
    {
        await OrderRush.RunAsync(() => system.Client(owner.Token), customerId, () => Random.Shared.Next(first, last + 1), 4, TimeSpan.FromSeconds(10));
        await Eventually.Until(() => database.PipelineAsync(owner.TenantId), p => p.Confirmed >= p.Reserved, TimeSpan.FromMinutes(10), "the warm-up's emails");
        var quietBefore = ProcessCpu.PerResource(system);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var quietMsPerSecond = Delta(quietBefore, ProcessCpu.PerResource(system)).Values.Sum() / 5;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warm-up round {round}: {quietMsPerSecond:F0} CPU-ms per second across all processes after it"));
        if (quietMsPerSecond < QuietCpuMsPerSecond) break;
    }
    PrintCpu(string.Create(CultureInfo.InvariantCulture, $"Warm-up CPU-s ({warmUp.Elapsed.TotalSeconds:F0} s)"), warmUpBefore, ProcessCpu.PerResource(system), 1000);
    await Task.Delay(ShopDatabase.StatisticsDelay);
    var idleBefore = ProcessCpu.PerResource(system);
    var idleTransactionsBefore = await database.TransactionsAsync();
    await Task.Delay(ShopDatabase.StatisticsDelay);
    PrintCpu("Idle CPU-ms per second (counted in the figures below too)", idleBefore, ProcessCpu.PerResource(system), ShopDatabase.StatisticsDelay.TotalSeconds);
    var idleTransactionsPerSecond = (await database.TransactionsAsync() - idleTransactionsBefore) / ShopDatabase.StatisticsDelay.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Idle PostgreSQL transactions per second (counted below too, like idle CPU): {idleTransactionsPerSecond:F1}"));
    Console.WriteLine();
    // Transactions per order are a count, not a time: they do not change with a busy or a slow machine.
    Console.WriteLine("| clients | orders | orders/s | answer p50 ms | answer p99 ms | placed → confirmation sent p50 ms | p99 ms | CPU-ms per order (all processes) | PostgreSQL transactions per order |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
    var perProcess = new List<(int Clients, Dictionary<string, double> CpuMs, int Orders)>();
    foreach (var clients in clientCounts)
    {
        var cpuBefore = ProcessCpu.PerResource(system);
        var transactionsBefore = await database.TransactionsAsync();
        var rush = await OrderRush.RunAsync(() => system.Client(owner.Token), customerId, () => Random.Shared.Next(first, last + 1), clients, TimeSpan.FromSeconds(seconds));
        // The pipeline goes on after the last answer: count its cost once every reserved order's email is out.
        await Eventually.Until(() => database.PipelineAsync(owner.TenantId), p => p.Confirmed >= p.Reserved, TimeSpan.FromMinutes(10), "every confirmation email");
        var cpu = Delta(cpuBefore, ProcessCpu.PerResource(system));
        var confirmed = await database.PlacedToConfirmedAsync(owner.TenantId, rush.OrderIds);
        // The wait for the statistics is not part of the rush: its idle transactions are taken off.
        await Task.Delay(ShopDatabase.StatisticsDelay);
        var transactions = await database.TransactionsAsync() - transactionsBefore - idleTransactionsPerSecond * ShopDatabase.StatisticsDelay.TotalSeconds;
        var orders = rush.OrderIds.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {clients} | {orders} | {orders / rush.Elapsed.TotalSeconds:F1} | {OrderRush.Percentile(rush.AnswerMs, 0.5):F0} | {OrderRush.Percentile(rush.AnswerMs, 0.99):F0} | {OrderRush.Percentile(confirmed, 0.5):F0} | {OrderRush.Percentile(confirmed, 0.99):F0} | {cpu.Values.Sum() / Math.Max(1, orders):F1} | {transactions / Math.Max(1, orders):F1} |"));
        perProcess.Add((clients, cpu, orders));
    }

    Console.WriteLine();
    Console.WriteLine($"| CPU-ms per order | {string.Join(" | ", perProcess.Select(p => $"{p.Clients} client(s)"))} |");
    Console.WriteLine($"|---|{string.Concat(perProcess.Select(_ => "---|"))}");
    foreach (var name in perProcess[0].CpuMs.Keys)
        Console.WriteLine($"| {name} | {string.Join(" | ", perProcess.Select(p => (p.CpuMs[name] / Math.Max(1, p.Orders)).ToString("F1", CultureInfo.InvariantCulture)))} |");
}
finally
{
    await system.DisposeAsync();
}

static Dictionary<string, double> Delta(Dictionary<string, double> before, Dictionary<string, double> after) =>
    after.ToDictionary(p => p.Key, p => p.Value - before.GetValueOrDefault(p.Key));

static void PrintCpu(string title, Dictionary<string, double> before, Dictionary<string, double> after, double units)
{
    var delta = Delta(before, after);
    Console.WriteLine($"{title}: " + string.Join(", ", delta.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value / units:F0}"))) +
        string.Create(CultureInfo.InvariantCulture, $"; total {delta.Values.Sum() / units:F0}"));
}

T Option<T>(string name, string fallback, Func<string, T> parse)
{
    var at = Array.IndexOf(args, name);
    return parse(at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback);
}

