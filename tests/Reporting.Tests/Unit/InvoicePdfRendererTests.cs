using PdfSharp.Pdf.IO;
using QommerceHub.Reporting.Invoices;
using QommerceHub.Reporting.Model;
using QommerceHub.Reporting.Tests.Support;

namespace QommerceHub.Reporting.Tests.Unit;

public sealed class InvoicePdfRendererTests
{
    private static readonly InvoicePdfRenderer renderer = new(new InvoiceFontSettings());

    [Fact]
    public async Task An_invoice_is_an_a4_page_with_the_store_number_dates_customer_lines_and_totals()
    {
        var pdf = renderer.Render(Document(lines: [new InvoiceLine("Zoë's ceramic mug", 3, 8.40m), new InvoiceLine("Ωmega tea tin", 1, 12.00m)]));
        var text = await PdfText.ExtractAsync(pdf);
        using var read = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

        Assert.Equal(1, read.PageCount);
        Assert.Equal((595, 842), ((int)Math.Round(read.Pages[0].Width.Point), (int)Math.Round(read.Pages[0].Height.Point)));
        foreach (var expected in new[] { "Corner Café", "INVOICE", "INV-000012", "2026-03-05", "2026-03-04", "#77", "Ada Lovelace",
                     "ada@example.test", "London", "Zoë's ceramic mug", "Ωmega tea tin", "8.40 EUR", "25.20 EUR", "37.20 EUR", "Page 1 of 1" })
            Assert.Contains(expected, text);
    }

    [Fact]
    public async Task Many_lines_continue_on_further_pages_and_none_is_lost()
    {
        var lines = Enumerable.Range(1, 100).Select(n => new InvoiceLine($"Item number {n:D3}", n, 1.00m)).ToList();

        var text = await PdfText.ExtractAsync(renderer.Render(Document(lines: lines)));

        Assert.All(lines, line => Assert.Contains(line.Description, text));
        Assert.Contains("(continued)", text);
        Assert.Contains("Page 3 of 3", text);
        Assert.Contains("5,050.00 EUR", text);
    }

    [Fact]
    public async Task A_description_too_long_for_its_column_is_shortened_not_overprinted()
    {
        var text = await PdfText.ExtractAsync(renderer.Render(Document(lines: [new InvoiceLine(new string('W', 200), 1, 1m)])));

        Assert.Contains("WWW…", text);
        Assert.DoesNotContain(new string('W', 200), text);
    }

    [Fact]
    public async Task A_credit_note_says_so_and_shows_what_is_credited()
    {
        var document = Document(lines: [new InvoiceLine("Refund for order #77 (invoice INV-000012)", 1, 5m)]) with
        {
            Kind = DocumentKind.CreditNote,
            Number = "CN-000003",
            Total = 5m,
            Note = "Reason: broken handle",
        };

        var text = await PdfText.ExtractAsync(renderer.Render(document));

        foreach (var expected in new[] { "CREDIT NOTE", "CN-000003", "Credit note number", "Total credited", "5.00 EUR", "Reason: broken handle" })
            Assert.Contains(expected, text);
    }

    private static InvoiceDocument Document(IReadOnlyList<InvoiceLine> lines) => new(
        DocumentKind.Invoice, "INV-000012", new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero),
        new StoreBrand("Corner Café", "#aa3300", "#22aa88", "#111111"),
        new BillingDetails("Ada Lovelace", "ada@example.test", "12 Analytical Row\nLondon"),
        77, new DateTimeOffset(2026, 3, 4, 18, 0, 0, TimeSpan.Zero), lines, lines.Sum(l => l.Amount), "EUR");
}
