using System.Globalization;
using MassTransit;
using Npgsql;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Invoices;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Benchmark;

/// <summary>Invoices per second: the PDF rendering alone, and the whole issue path from OrderConfirmed to a stored, announced invoice.</summary>
public static class InvoiceThroughput
{
    public static string Render(InvoicePdfRenderer renderer, int count)
    {
        var lines = Enumerable.Range(1, 5).Select(n => new InvoiceLine($"Product number {n}", n, 9.99m * n)).ToList();
        var document = new InvoiceDocument(DocumentKind.Invoice, "INV-000001", DateTimeOffset.UtcNow, StoreBrand.Default("Benchmark Store"),
            new BillingDetails("Ada Lovelace", "ada@example.test", "12 Analytical Row\nLondon"), 1, DateTimeOffset.UtcNow, lines,
            lines.Sum(l => l.Amount), "USD");
        renderer.Render(document); // warm-up: fonts and JIT
        var clock = MemoryWatch.Time();
        var cpu = Environment.CpuUsage.TotalTime;
        long bytes = 0;
        for (var i = 0; i < count; i++) bytes += renderer.Render(document with { Number = $"INV-{i + 1:D6}" }).Length;
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"render {count:N0} invoices (5 lines)   {seconds,6:F2} s  {count / seconds,7:F0} invoices/s  " +
            $"(CPU {cpuSeconds * 1000 / count:F1} ms each = {count / cpuSeconds:F0} invoices/s per busy core)  {bytes / count / 1024.0:F1} KiB each");
    }

    public static byte[] Sample(InvoicePdfRenderer renderer)
    {
        var lines = Enumerable.Range(1, 45).Select(n => new InvoiceLine(n == 3 ? new string('W', 80) : $"Product number {n}", n, 9.99m * n)).ToList();
        return renderer.Render(new InvoiceDocument(DocumentKind.Invoice, "INV-000042", DateTimeOffset.UtcNow,
            new StoreBrand("Maple & Quill Stationers", "#aa3300", "#22aa88", "#222222"),
            new BillingDetails("Zoë Ångström", "zoe@example.test", "12 Analytical Row\nLondon\nEC1A 1BB"), 1042, DateTimeOffset.UtcNow.AddDays(-1),
            lines, lines.Sum(l => l.Amount), "EUR"));
    }

    public static async Task<string> IssueAsync(IBus bus, string superuserDatabase, int tenantId, int count)
    {
        var clock = MemoryWatch.Time();
        for (var i = 1; i <= count; i++)
        {
            await bus.Publish(new OrderConfirmed
            {
                TenantId = tenantId, OrderId = i, CustomerId = 1, CustomerName = "Ada Lovelace", CustomerEmail = "ada@example.test",
                Lines = [new OrderLine(1, "Walnut desk lamp", 2, 12.50m), new OrderLine(2, "Linen notebook", 1, 2.50m)],
                TotalAmount = 27.50m, PlacedAt = DateTimeOffset.UtcNow,
            });
        }
        await using var connection = new NpgsqlConnection(superuserDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM reporting.invoices WHERE tenant_id = {tenantId}", connection);
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while ((long)(await command.ExecuteScalarAsync())! < count && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        var seconds = clock.Elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"issue {count:N0} invoices end to end   {seconds,6:F2} s  {count / seconds,7:F0} invoices/s  (OrderConfirmed → numbered, rendered, stored, InvoiceIssued in the outbox)");
    }
}
