using System.Globalization;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Reporting.Benchmark;
using QommerceHub.Reporting.Invoices;
using QommerceHub.Testing;

// Exports 100,000 orders as CSV and 100,000 items as Excel, renders and issues invoices. Prints figures; asserts nothing.
var orders = Option("--orders", 100_000);
var items = Option("--items", 100_000);
var invoices = Option("--invoices", 1_000);
const int tenantId = 4242;

if (Array.IndexOf(args, "--sample-invoice") is var sample and >= 0 && sample + 1 < args.Length)
{
    // Writes one rendered invoice to look at (e.g. with pdftoppm), without starting any server.
    await File.WriteAllBytesAsync(args[sample + 1], InvoiceThroughput.Sample(new InvoicePdfRenderer(new InvoiceFontSettings())));
    return;
}

// No outbound calls from this machine: MassTransit's usage telemetry is off.
Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");
await using var infrastructure = await InfrastructureFixture.StartAsync();
await using var service = new ReportingUnderTest(infrastructure);
service.StartServer(); // applies the migrations
await service.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));

// A store ten times smaller beside the big one: equal peaks show memory does not grow with the rows.
const int smallTenantId = tenantId + 1;
var seeding = MemoryWatch.Time();
await new ReadModelSeeder(infrastructure.SuperuserConnectionString, tenantId).SeedOrdersAsync(orders);
await new ReadModelSeeder(infrastructure.SuperuserConnectionString, tenantId).SeedItemsAsync(items);
await new ReadModelSeeder(infrastructure.SuperuserConnectionString, smallTenantId).SeedOrdersAsync(orders / 10);
await new ReadModelSeeder(infrastructure.SuperuserConnectionString, smallTenantId).SeedItemsAsync(items / 10);
Console.WriteLine($"Seeded {orders:N0} orders (2 lines, 1 invoice each) and {items:N0} items, plus a tenth of that in a second store, in {seeding.Elapsed.TotalSeconds:F1} s");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}, .NET {Environment.Version}, workstation GC");

using var warmUp = service.ClientFor(tenantId + 99);
foreach (var path in new[] { "/api/reports/sales/csv", "/api/reports/inventory/excel", "/api/reports/customers/csv" })
    await ExportProbe.MeasureAsync(warmUp, "warm-up", path);

using var small = service.ClientFor(smallTenantId);
using var client = service.ClientFor(tenantId);
Console.WriteLine(await ExportProbe.MeasureAsync(small, $"sales CSV ({orders / 10:N0})", "/api/reports/sales/csv"));
Console.WriteLine(await ExportProbe.MeasureAsync(client, $"sales CSV ({orders:N0})", "/api/reports/sales/csv"));
Console.WriteLine(await ExportProbe.MeasureAsync(small, $"inventory xlsx ({items / 10:N0})", "/api/reports/inventory/excel"));
Console.WriteLine(await ExportProbe.MeasureAsync(client, $"inventory xlsx ({items:N0})", "/api/reports/inventory/excel"));

Console.WriteLine(InvoiceThroughput.Render(service.Services.GetRequiredService<InvoicePdfRenderer>(), invoices));
Console.WriteLine(await InvoiceThroughput.IssueAsync(service.Services.GetRequiredService<IBus>(), infrastructure.SuperuserConnectionString, tenantId + 2, invoices));

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
