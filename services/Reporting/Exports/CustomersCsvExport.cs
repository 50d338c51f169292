using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;

namespace QommerceHub.Reporting.Exports;

/// <summary>
/// The store's current customers: the original's columns first, under its names and in its order (total orders and
/// spend count confirmed orders not cancelled, spend less refunds; dates in UTC), then ours: the address.
/// Streamed like the sales export.
/// </summary>
public sealed class CustomersCsvExport(ReportingDbContext db)
{
    private static readonly string[] header =
    [
        "Customer ID", "Name", "Email", "Phone", "Total Orders", "Total Spent", "Last Order", "Customer Since", "Address",
    ];

    private sealed record Row(
        int CustomerId, string Name, string? Email, string? Phone, string? Address, DateTimeOffset CreatedAt,
        int Orders, decimal Spent, DateTimeOffset? LastOrderAt);

    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        var rows = db.Customers.AsNoTracking()
            .Where(c => !c.IsDeleted)
            .OrderBy(c => c.CustomerId)
            .Select(c => new Row(
                c.CustomerId, c.Name, c.Email, c.Phone, c.Address, c.CreatedAt,
                db.SalesOrders.Count(o => o.CustomerId == c.CustomerId && o.Status != OrderStatuses.Cancelled),
                db.SalesOrders.Where(o => o.CustomerId == c.CustomerId && o.Status != OrderStatuses.Cancelled)
                    .Sum(o => o.TotalAmount - o.AmountRefunded),
                db.SalesOrders.Where(o => o.CustomerId == c.CustomerId).Max(o => (DateTimeOffset?)o.PlacedAt)))
            .AsAsyncEnumerable();

        await using var csv = CsvExportWriter.Create(output);
        csv.WriteHeader(header);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteField(row.CustomerId);
            csv.WriteField(row.Name);
            csv.WriteField(row.Email);
            csv.WriteField(row.Phone);
            csv.WriteField(row.Orders);
            csv.WriteField(row.Spent, CsvExportWriter.MoneyFormat);
            if (row.LastOrderAt is { } last) csv.WriteField(last.UtcDateTime, CsvExportWriter.DateFormat);
            else csv.WriteField((string?)null);
            csv.WriteField(row.CreatedAt.UtcDateTime, CsvExportWriter.DateFormat);
            csv.WriteField(row.Address);
            await csv.EndRecordAsync(cancellationToken);
        }
    }
}
