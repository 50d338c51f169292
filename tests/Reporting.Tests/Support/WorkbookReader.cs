using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QommerceHub.Reporting.Tests.Support;

public sealed record SheetCell(string Text, bool IsNumber, string? NumberFormat)
{
    public decimal Number => decimal.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    public DateTime Date => DateTime.FromOADate(double.Parse(Text, CultureInfo.InvariantCulture));
}

/// <summary>The first worksheet of an .xlsx read back with the Open XML SDK: cells with their types and number formats.</summary>
public sealed class WorkbookReader
{
    private WorkbookReader(string sheetName, Pane? pane, IReadOnlyList<IReadOnlyList<SheetCell>> rows)
    {
        SheetName = sheetName;
        FrozenPane = pane;
        Rows = rows;
    }

    public string SheetName { get; }
    public Pane? FrozenPane { get; }
    public IReadOnlyList<IReadOnlyList<SheetCell>> Rows { get; }

    public static WorkbookReader Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var formats = NumberFormats(workbook);
        var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => (IReadOnlyList<SheetCell>)r.Elements<Cell>().Select(c => ReadCell(c, workbook, formats)).ToList())
            .ToList();
        var pane = worksheet.SheetViews?.Elements<SheetView>().FirstOrDefault()?.Pane;
        return new WorkbookReader(sheet.Name!, pane, rows);
    }

    public IReadOnlyList<SheetCell> Row(int column, string text) => Rows.Skip(1).Single(r => r[column].Text == text);

    private static SheetCell ReadCell(Cell cell, WorkbookPart workbook, IReadOnlyList<string?> formats)
    {
        var type = cell.DataType?.Value;
        var format = cell.StyleIndex is { } style ? formats[(int)style.Value] : null;
        if (type == CellValues.InlineString) return new SheetCell(cell.InlineString!.InnerText, false, format);
        if (type == CellValues.SharedString)
        {
            var index = int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
            return new SheetCell(workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(index).InnerText, false, format);
        }
        var isNumber = type is null || type == CellValues.Number;
        return new SheetCell(cell.CellValue?.Text ?? "", isNumber, format);
    }

    /// <summary>The number format code of each cell style (built-in ids 14 and 22 are dates).</summary>
    private static List<string?> NumberFormats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value) ?? [];
        return stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => f.NumberFormatId?.Value is { } id ? custom.GetValueOrDefault(id, $"builtin:{id}") : null)
            .ToList() ?? [];
    }
}
