using Microsoft.EntityFrameworkCore;
using QommerceHub.Reporting.Infrastructure;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace QommerceHub.Reporting.Exports;

/// <summary>
/// The inventory as an .xlsx workbook: the seed's item columns plus reserved, available, stock value and stock status.
/// Numbers are number cells and dates date cells; the header row is frozen. SpreadCheetah writes the zip straight
/// to the response while rows stream from the database, so memory stays flat (the Open XML SDK buffers a whole
/// part in memory on .NET, dotnet/Open-XML-SDK#807).
/// </summary>
public sealed class InventoryExcelExport(ReportingDbContext db)
{
    private static readonly string[] header =
    [
        "Item ID", "Name", "SKU", "Barcode", "Unit price", "On hand", "Reserved", "Available", "Low-stock threshold",
        "Stock value", "Stock status", "Updated (UTC)",
    ];

    private sealed record Row(
        int ProductId, string Name, string Sku, string? Barcode, decimal Price, int OnHand, int Reserved, int Threshold, DateTimeOffset UpdatedAt);

    public async Task WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        var rows = db.InventoryItems.AsNoTracking()
            .Where(i => !i.IsDeleted && i.Version > 0) // version 0: a placeholder whose ProductCreated is still on its way
            .OrderBy(i => i.ProductId)
            .Select(i => new Row(i.ProductId, i.Name, i.Sku, i.Barcode, i.Price, i.OnHand, i.Reserved, i.LowStockThreshold, i.UpdatedAt))
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
            cells[3] = new Cell(row.Barcode);
            cells[4] = new Cell(row.Price, money);
            cells[5] = new Cell(row.OnHand);
            cells[6] = new Cell(row.Reserved);
            cells[7] = new Cell(available);
            cells[8] = new Cell(row.Threshold);
            cells[9] = new Cell(row.Price * row.OnHand, money);
            cells[10] = new Cell(StockStatus(available, row.Threshold));
            cells[11] = new Cell(row.UpdatedAt.UtcDateTime, date);
            await workbook.AddRowAsync(cells, cancellationToken);
        }
        await workbook.FinishAsync(cancellationToken);
    }

    private static string StockStatus(int available, int threshold) =>
        available <= 0 ? "out of stock" : available <= threshold ? "low stock" : "in stock";
}
