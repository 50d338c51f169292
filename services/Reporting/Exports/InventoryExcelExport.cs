using Microsoft.EntityFrameworkCore;
using QommerceHub.Reporting.Infrastructure;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace QommerceHub.Reporting.Exports;

/// <summary>
/// The inventory as an .xlsx workbook: the original's columns first, under its names and in its order (Quantity is
/// the sellable count and Total Value its worth at the current price), then ours: barcode, on hand, reserved,
/// threshold, the value of the units on hand and the last change.
/// Numbers are number cells and dates date cells; the header row is frozen. SpreadCheetah writes the zip straight
/// to the response while rows stream from the database, so memory stays flat (the Open XML SDK buffers a whole
/// part in memory on .NET, dotnet/Open-XML-SDK#807).
/// </summary>
public sealed class InventoryExcelExport(ReportingDbContext db)
{
    private static readonly string[] header =
    [
        "ID", "Product Name", "SKU", "Quantity", "Price", "Total Value", "Stock Status", "Created",
        "Barcode", "On hand", "Reserved", "Low-stock threshold", "Stock value on hand", "Updated (UTC)",
    ];

    private sealed record Row(
        int ProductId, string Name, string Sku, string? Barcode, decimal Price, int OnHand, int Reserved, int Threshold,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        var rows = db.InventoryItems.AsNoTracking()
            .Where(i => !i.IsDeleted && i.Version > 0) // version 0: a placeholder whose ProductCreated is still on its way
            .OrderBy(i => i.ProductId)
            .Select(i => new Row(i.ProductId, i.Name, i.Sku, i.Barcode, i.Price, i.OnHand, i.Reserved, i.LowStockThreshold, i.CreatedAt, i.UpdatedAt))
            .AsAsyncEnumerable();

        await using var body = new AsyncOnlyStream(output);
        await using var workbook = await Spreadsheet.CreateNewAsync(body, cancellationToken: cancellationToken);
        await workbook.StartWorksheetAsync("Inventory", new WorksheetOptions { FrozenRows = 1 }, cancellationToken);
        var bold = workbook.AddStyle(new Style { Font = { Bold = true } });
        var money = workbook.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.TwoDecimalPlaces) });
        var date = workbook.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd hh:mm") });
        await workbook.AddHeaderRowAsync(header, bold, cancellationToken);

        var cells = new Cell[header.Length];
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var available = row.OnHand - row.Reserved;
            cells[0] = new Cell(row.ProductId);
            cells[1] = new Cell(row.Name);
            cells[2] = new Cell(row.Sku);
            cells[3] = new Cell(available);
            cells[4] = new Cell(row.Price, money);
            cells[5] = new Cell(row.Price * available, money);
            cells[6] = new Cell(StockStatus(available, row.Threshold));
            cells[7] = new Cell(row.CreatedAt.UtcDateTime, date);
            cells[8] = new Cell(row.Barcode);
            cells[9] = new Cell(row.OnHand);
            cells[10] = new Cell(row.Reserved);
            cells[11] = new Cell(row.Threshold);
            cells[12] = new Cell(row.Price * row.OnHand, money);
            cells[13] = new Cell(row.UpdatedAt.UtcDateTime, date);
            await workbook.AddRowAsync(cells, cancellationToken);
        }
        await workbook.FinishAsync(cancellationToken);
    }

    private static string StockStatus(int available, int threshold) =>
        available <= 0 ? "Out of Stock" : available <= threshold ? "Low Stock" : "In Stock";
}
