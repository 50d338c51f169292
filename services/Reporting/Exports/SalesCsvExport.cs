using Microsoft.EntityFrameworkCore;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Exports;

/// <summary>
/// One row per confirmed order placed in the period: the original's columns first, under its names and in its
/// order (Items counts the units ordered), then ours, what a bookkeeper reconciles with (invoice number, customer
/// id, payment, currency, refunds, net). Rows stream from the database cursor to the response, so memory does not
/// grow with the number of orders.
/// </summary>
public sealed class SalesCsvExport(ReportingDbContext db)
{
    private static readonly string[] header =
    [
        "Order ID", "Date", "Customer", "Email", "Items", "Total", "Status",
        "Invoice number", "Customer ID", "Payment status", "Currency", "Paid", "Refunded", "Net",
    ];

    private sealed record Row(
        int OrderId, DateTimeOffset PlacedAt, string? InvoiceNumber, int CustomerId, string CustomerName, string? CustomerEmail,
        string Status, string PaymentStatus, string Currency, int Items, decimal Total, decimal Paid, decimal Refunded);

    public async Task WriteAsync(Stream output, ReportPeriod period, CancellationToken cancellationToken)
    {
        var rows = db.SalesOrders.AsNoTracking()
            .Where(o => o.PlacedAt >= period.From && o.PlacedAt < period.Until)
            .OrderBy(o => o.PlacedAt).ThenBy(o => o.OrderId)
            .Select(o => new Row(
                o.OrderId, o.PlacedAt,
                db.Invoices.Where(i => i.OrderId == o.OrderId && i.Kind == DocumentKind.Invoice).Select(i => i.Number).FirstOrDefault(),
                o.CustomerId, o.CustomerName, o.CustomerEmail, o.Status, o.PaymentStatus, o.Currency,
                o.Lines.Sum(l => l.Quantity), o.TotalAmount, o.AmountPaid, o.AmountRefunded))
            .AsAsyncEnumerable();

        await using var csv = CsvExportWriter.Create(output);
        csv.WriteHeader(header);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteField(row.OrderId);
            csv.WriteField(row.PlacedAt.UtcDateTime, CsvExportWriter.DateFormat);
            csv.WriteField(row.CustomerName);
            csv.WriteField(row.CustomerEmail);
            csv.WriteField(row.Items);
            csv.WriteField(row.Total, CsvExportWriter.MoneyFormat);
            csv.WriteField(row.Status);
            csv.WriteField(row.InvoiceNumber);
            csv.WriteField(row.CustomerId);
            csv.WriteField(row.PaymentStatus);
            csv.WriteField(row.Currency);
            csv.WriteField(row.Paid, CsvExportWriter.MoneyFormat);
            csv.WriteField(row.Refunded, CsvExportWriter.MoneyFormat);
            csv.WriteField(row.Paid - row.Refunded, CsvExportWriter.MoneyFormat);
            await csv.EndRecordAsync(cancellationToken);
        }
    }
}
