using System.Globalization;
using QommerceHub.FaultAndAbuse;
using QommerceHub.Testing;

// The fault-and-abuse command: starts the whole system on free ports (the model ./run.sh runs), places orders from
// several clients while it SIGKILLs every service, the gateway, RabbitMQ and PostgreSQL in turn, pays and cancels
// some of them, and audits what is left; then it fuzzes every operation of every OpenAPI document. Each figure it
// prints must be 0; the exit code is 1 when one is not.
// Usage: dotnet run -c Release --project benchmarks/FaultAndAbuse -- [--clients 4] [--orders 800] [--faults-only | --fuzz-only]
var clients = Option("--clients", 4);
var orders = Option("--orders", 800);
var faults = !args.Contains("--fuzz-only");
var fuzz = !args.Contains("--faults-only");

// Measure faults and hostile input, not the rate limiter; the child processes inherit these.
foreach (var (name, value) in new[]
{
    ("RateLimits__Api__TokenLimit", "1000000"), ("RateLimits__Api__TokensPerPeriod", "1000000"),
    ("RateLimits__Auth__PermitLimit", "100000"), ("RateLimits__Public__PermitLimit", "100000"),
    ("RateLimits__Token__PermitLimit", "100000"),
})
    Environment.SetEnvironmentVariable(name, value);

var system = new SystemFixture();
await system.InitializeAsync();
var figures = new List<Figure>();
try
{
    if (faults) figures.AddRange(await new CrashTour(system, clients, orders).RunAsync());
    if (fuzz) figures.AddRange(await new OpenApiFuzzer(system).RunAsync());
}
finally
{
    await system.DisposeAsync();
}

Console.WriteLine();
Console.WriteLine($"| figure | value | must be |");
Console.WriteLine("|---|---|---|");
foreach (var figure in figures) Console.WriteLine(figure.Row());
return figures.Any(f => !f.Holds) ? 1 : 0;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
