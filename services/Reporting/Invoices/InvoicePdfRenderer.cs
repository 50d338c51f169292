using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace QommerceHub.Reporting.Invoices;

/// <summary>
/// Draws an invoice or credit note on A4 pages with PDFsharp: the store's name and colours in the header, the
/// document's number and dates, the bill-to block, the lines (continued on further pages, header repeated) and the totals.
/// </summary>
public sealed class InvoicePdfRenderer
{
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private const double Left = 40;
    private const double Right = PageWidth - 40;
    private const double BottomLimit = PageHeight - 70;
    private const double RowHeight = 16;

    private static readonly XPdfFontOptions unicode = new(PdfFontEncoding.Unicode);
    private static readonly XFont titleFont = new("DejaVu Sans", 20, XFontStyleEx.Bold, unicode);
    private static readonly XFont headingFont = new("DejaVu Sans", 10, XFontStyleEx.Bold, unicode);
    private static readonly XFont bodyFont = new("DejaVu Sans", 9, XFontStyleEx.Regular, unicode);
    private static readonly XFont smallFont = new("DejaVu Sans", 8, XFontStyleEx.Regular, unicode);

    // Column edges of the lines table: description, quantity, unit price, amount.
    private static readonly double[] columns = [Left, 330, 385, 470, Right];

    public InvoicePdfRenderer(InvoiceFontSettings fonts) => InvoiceFonts.Install(fonts);

    public byte[] Render(InvoiceDocument document)
    {
        using var pdf = new PdfDocument();
        // zlib's fastest level: the font programs, most of the bytes, are compressed again by the trimmer anyway, and
        // PDFsharp's own pass at its default level was a third of a render's CPU.
        pdf.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        pdf.Info.Title = $"{document.Title} {document.Number}";
        pdf.Info.Author = document.Store.StoreName;
        pdf.Info.Subject = $"Order #{document.OrderId}";

        var palette = Palette.From(document.Store);
        var page = NewPage(pdf);
        var y = DrawFirstPageHeader(page.Graphics, document, palette);
        y = DrawTableHeader(page.Graphics, y, palette);
        foreach (var line in document.Lines)
        {
            if (y + RowHeight > BottomLimit)
            {
                page.Graphics.Dispose();
                page = NewPage(pdf);
                y = DrawTableHeader(page.Graphics, DrawContinuationHeader(page.Graphics, document, palette), palette);
            }
            y = DrawLine(page.Graphics, y, line, document.Currency, palette);
        }
        if (y + 80 > BottomLimit)
        {
            page.Graphics.Dispose();
            page = NewPage(pdf);
            y = DrawContinuationHeader(page.Graphics, document, palette);
        }
        DrawTotals(page.Graphics, y + 8, document, palette);
        page.Graphics.Dispose();
        DrawFooters(pdf, document);

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return SubsetFontTrimmer.Trim(output.ToArray());
    }

    private static (PdfPage Page, XGraphics Graphics) NewPage(PdfDocument pdf)
    {
        var page = pdf.AddPage();
        page.Size = PageSize.A4;
        return (page, XGraphics.FromPdfPage(page));
    }

    private static double DrawFirstPageHeader(XGraphics gfx, InvoiceDocument document, Palette palette)
    {
        gfx.DrawRectangle(palette.PrimaryBrush, 0, 0, PageWidth, 80);
        gfx.DrawString(Fit(gfx, document.Store.StoreName, titleFont, 330), titleFont, XBrushes.White, new XRect(Left, 24, 330, 30), XStringFormats.TopLeft);
        gfx.DrawString(document.Title, titleFont, XBrushes.White, new XRect(Right - 200, 24, 200, 30), XStringFormats.TopRight);
        gfx.DrawRectangle(palette.AccentBrush, 0, 80, PageWidth, 4);

        var facts = new List<(string Label, string Value)>
        {
            (document.Kind == Model.DocumentKind.Invoice ? "Invoice number" : "Credit note number", document.Number),
            ("Date", Day(document.IssuedAt)),
            ("Order", $"#{document.OrderId}"),
            ("Order date", Day(document.OrderPlacedAt)),
        };
        var factsY = 104.0;
        foreach (var (label, value) in facts)
        {
            gfx.DrawString(label, bodyFont, palette.MutedBrush, new XRect(330, factsY, 100, RowHeight), XStringFormats.TopLeft);
            gfx.DrawString(value, headingFont, palette.TextBrush, new XRect(430, factsY, Right - 430, RowHeight), XStringFormats.TopRight);
            factsY += RowHeight;
        }

        gfx.DrawString("Bill to", headingFont, palette.PrimaryBrush, new XRect(Left, 104, 260, RowHeight), XStringFormats.TopLeft);
        var billY = 104 + RowHeight + 2;
        foreach (var text in BillToLines(document.BillTo))
        {
            gfx.DrawString(Fit(gfx, text, bodyFont, 270), bodyFont, palette.TextBrush, new XRect(Left, billY, 270, RowHeight), XStringFormats.TopLeft);
            billY += 13;
        }
        return Math.Max(factsY, billY) + 18;
    }

    private static double DrawContinuationHeader(XGraphics gfx, InvoiceDocument document, Palette palette)
    {
        gfx.DrawRectangle(palette.PrimaryBrush, 0, 0, PageWidth, 36);
        gfx.DrawString(Fit(gfx, document.Store.StoreName, headingFont, 300), headingFont, XBrushes.White, new XRect(Left, 12, 300, 16), XStringFormats.TopLeft);
        gfx.DrawString($"{document.Title} {document.Number} (continued)", headingFont, XBrushes.White, new XRect(Right - 250, 12, 250, 16), XStringFormats.TopRight);
        return 56;
    }

    private static double DrawTableHeader(XGraphics gfx, double y, Palette palette)
    {
        string[] titles = ["Description", "Qty", "Unit price", "Amount"];
        for (var i = 0; i < titles.Length; i++)
            gfx.DrawString(titles[i], headingFont, palette.TextBrush, Cell(i, y), i == 0 ? XStringFormats.TopLeft : XStringFormats.TopRight);
        gfx.DrawLine(palette.AccentPen, Left, y + RowHeight, Right, y + RowHeight);
        return y + RowHeight + 4;
    }

    private static double DrawLine(XGraphics gfx, double y, InvoiceLine line, string currency, Palette palette)
    {
        gfx.DrawString(Fit(gfx, line.Description, bodyFont, columns[1] - columns[0] - 8), bodyFont, palette.TextBrush, Cell(0, y), XStringFormats.TopLeft);
        gfx.DrawString(line.Quantity.ToString(CultureInfo.InvariantCulture), bodyFont, palette.TextBrush, Cell(1, y), XStringFormats.TopRight);
        gfx.DrawString(Money(line.UnitPrice, currency), bodyFont, palette.TextBrush, Cell(2, y), XStringFormats.TopRight);
        gfx.DrawString(Money(line.Amount, currency), bodyFont, palette.TextBrush, Cell(3, y), XStringFormats.TopRight);
        gfx.DrawLine(palette.RulePen, Left, y + RowHeight - 2, Right, y + RowHeight - 2);
        return y + RowHeight;
    }

    private static void DrawTotals(XGraphics gfx, double y, InvoiceDocument document, Palette palette)
    {
        var rows = new List<(string Label, decimal Amount, bool Strong)> { ("Subtotal", document.Subtotal, false) };
        if (document.Adjustment != 0) rows.Add(("Adjustments", document.Adjustment, false));
        rows.Add((document.Kind == Model.DocumentKind.Invoice ? "Total" : "Total credited", document.Total, true));
        foreach (var (label, amount, strong) in rows)
        {
            var font = strong ? headingFont : bodyFont;
            gfx.DrawString(label, font, palette.TextBrush, new XRect(columns[2], y, columns[3] - columns[2], RowHeight), XStringFormats.TopLeft);
            gfx.DrawString(Money(amount, document.Currency), font, palette.TextBrush, Cell(3, y), XStringFormats.TopRight);
            y += RowHeight + 2;
        }
        if (document.Note is { } note)
            gfx.DrawString(Fit(gfx, note, bodyFont, Right - Left), bodyFont, palette.MutedBrush, new XRect(Left, y + 8, Right - Left, RowHeight), XStringFormats.TopLeft);
    }

    private static void DrawFooters(PdfDocument pdf, InvoiceDocument document)
    {
        for (var i = 0; i < pdf.PageCount; i++)
        {
            using var gfx = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = $"{document.Store.StoreName} · {document.Number} · Page {i + 1} of {pdf.PageCount}";
            gfx.DrawString(Fit(gfx, text, smallFont, Right - Left), smallFont, XBrushes.Gray, new XRect(Left, PageHeight - 40, Right - Left, 12), XStringFormats.TopCenter);
        }
    }

    private static IEnumerable<string> BillToLines(BillingDetails billTo)
    {
        yield return billTo.Name;
        if (!string.IsNullOrWhiteSpace(billTo.Email)) yield return billTo.Email;
        foreach (var part in (billTo.Address ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(4))
            yield return part;
    }

    private static XRect Cell(int column, double y) =>
        new(columns[column] + (column == 0 ? 0 : 4), y, columns[column + 1] - columns[column] - 4, RowHeight);

    /// <summary>Shortens text with an ellipsis so it never runs into the next column.</summary>
    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width) return text;
        var low = 0;
        var high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (gfx.MeasureString(text[..mid] + "…", font).Width <= width) low = mid; else high = mid - 1;
        }
        return text[..low] + "…";
    }

    private static string Money(decimal amount, string currency) =>
        $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {currency}";

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
