using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using QommerceHub.Reporting.Invoices;
using QommerceHub.Reporting.Model;
using QommerceHub.Reporting.Tests.Support;

namespace QommerceHub.Reporting.Tests.Unit;

public sealed class SubsetFontTrimmerTests
{
    [Fact]
    public async Task Trimmed_fonts_draw_and_read_exactly_as_before_in_far_fewer_bytes()
    {
        var untrimmed = DrawnWithPdfSharp("Zoë's ceramic mug · 8.40 EUR", "Ωmega tea tin, чай, 12.00 EUR …");

        var trimmed = SubsetFontTrimmer.Trim(untrimmed);

        Assert.True(trimmed.Length < untrimmed.Length * 0.7, $"{trimmed.Length} bytes trimmed, {untrimmed.Length} before");
        Assert.Equal(await PdfText.RenderFirstPageAsync(untrimmed), await PdfText.RenderFirstPageAsync(trimmed));
        Assert.Equal(await PdfText.ExtractAsync(untrimmed), await PdfText.ExtractAsync(trimmed));
        using var read = PdfReader.Open(new MemoryStream(trimmed), PdfDocumentOpenMode.Import);
        Assert.Equal(1, read.PageCount);
    }

    [Fact]
    public void Trimming_a_trimmed_pdf_changes_nothing()
    {
        var once = SubsetFontTrimmer.Trim(DrawnWithPdfSharp("Corner Café", "INV-000012"));

        Assert.Equal(once, SubsetFontTrimmer.Trim(once));
    }

    [Fact]
    public void A_pdf_in_another_shape_is_returned_unchanged()
    {
        var drawn = DrawnWithPdfSharp("Corner Café", "INV-000012");
        var cutBeforeItsCrossReferences = drawn[..(Encoding.Latin1.GetString(drawn).LastIndexOf("xref\n", StringComparison.Ordinal))];
        var withoutFonts = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<</Type/Catalog>>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2/Root 1 0 R>>\nstartxref\n43\n%%EOF\n");

        Assert.Same(cutBeforeItsCrossReferences, SubsetFontTrimmer.Trim(cutBeforeItsCrossReferences));
        Assert.Same(withoutFonts, SubsetFontTrimmer.Trim(withoutFonts));
    }

    [Fact]
    public async Task An_invoice_weighs_little_more_than_its_glyphs()
    {
        var invoice = new InvoicePdfRenderer(new InvoiceFontSettings()).Render(new InvoiceDocument(
            DocumentKind.Invoice, "INV-000012", DateTimeOffset.UtcNow, new StoreBrand("Corner Café", "#aa3300", "#22aa88", "#111111"),
            new BillingDetails("Ada Lovelace", "ada@example.test", "12 Analytical Row\nLondon"), 77, DateTimeOffset.UtcNow,
            [new InvoiceLine("Zoë's ceramic mug", 3, 8.40m), new InvoiceLine("Ωmega tea tin", 1, 12.00m)], 37.20m, "EUR"));

        // Two DejaVu subsets with every glyph's metrics made an invoice of 43 KB.
        Assert.True(invoice.Length < 26_000, $"{invoice.Length} bytes");
        Assert.Contains("Ωmega tea tin", await PdfText.ExtractAsync(invoice));
    }

    /// <summary>A page with a line in each embedded face, straight from PDFsharp.</summary>
    private static byte[] DrawnWithPdfSharp(string regular, string bold)
    {
        InvoiceFonts.Install(new InvoiceFontSettings());
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        using var pdf = new PdfDocument();
        using (var gfx = XGraphics.FromPdfPage(pdf.AddPage()))
        {
            gfx.DrawString(regular, new XFont("DejaVu Sans", 12, XFontStyleEx.Regular, unicode), XBrushes.Black, new XPoint(40, 60));
            gfx.DrawString(bold, new XFont("DejaVu Sans", 12, XFontStyleEx.Bold, unicode), XBrushes.Black, new XPoint(40, 90));
        }
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }
}
