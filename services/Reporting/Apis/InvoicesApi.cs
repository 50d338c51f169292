using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Reporting.Apis;

public sealed record CreditNoteSummary(string Number, decimal TotalAmount, string Currency, DateTimeOffset IssuedAt, string Url);

/// <summary>Issued documents: the seed's invoice download and the credit notes of refunds.</summary>
public static class InvoicesApi
{
    public static IEndpointRouteBuilder MapInvoicesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/orders/{id}/invoice", GetInvoice)
            .WithTags("Invoices").AddEndpointFilter<RequireTenantFilter>().RequirePermission(Permissions.Orders).Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithSummary("Download an order's invoice PDF").ProducesTokenProblems().ProducesProblems(400, 404);

        var reports = app.MapGroup("/api/reports").WithTags("Invoices").AddEndpointFilter<RequireTenantFilter>()
            .RequirePermission(Permissions.Orders).ProducesTokenProblems();
        reports.MapGet("/orders/{id}/credit-notes", ListCreditNotes).WithSummary("List an order's credit notes").ProducesProblems(400, 404);
        reports.MapGet("/credit-notes/{number}", GetCreditNote).WithSummary("Download a credit note PDF").ProducesProblems(400, 404).Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        return app;
    }

    /// <summary>The order's invoice PDF: the bytes stored when it was issued, every time, with their hash as ETag.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetInvoice(
        string id, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } orderId) return ApiResults.BadRequest("The order id must be a positive whole number");
        var invoice = await db.Invoices.AsNoTracking()
            .SingleOrDefaultAsync(i => i.OrderId == orderId && i.Kind == DocumentKind.Invoice, cancellationToken);
        // The original's download name, by order id; the invoice number is inside the document.
        return invoice is null ? ApiResults.NotFound("Invoice") : Pdf(invoice, $"invoice-{orderId}.pdf");
    }

    public static async Task<Results<Ok<List<CreditNoteSummary>>, ProblemHttpResult>> ListCreditNotes(
        string id, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } orderId) return ApiResults.BadRequest("The order id must be a positive whole number");
        if (!await db.SalesOrders.AnyAsync(o => o.OrderId == orderId, cancellationToken)) return ApiResults.NotFound("Order");
        var notes = await db.Invoices.AsNoTracking()
            .Where(i => i.OrderId == orderId && i.Kind == DocumentKind.CreditNote)
            .OrderBy(i => i.Sequence)
            .Select(i => new CreditNoteSummary(i.Number, i.TotalAmount, i.Currency, i.IssuedAt, "/api/reports/credit-notes/" + i.Number))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(notes);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCreditNote(
        string number, ReportingDbContext db, CancellationToken cancellationToken)
    {
        if (DocumentNumbers.KindOf(number) != DocumentKind.CreditNote) return ApiResults.BadRequest("The credit note number must look like CN-000001");
        var note = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Number == number, cancellationToken);
        return note is null ? ApiResults.NotFound("Credit note") : Pdf(note);
    }

    private static FileContentHttpResult Pdf(Invoice document, string? fileName = null) =>
        TypedResults.File(document.PdfContent, "application/pdf", fileName ?? document.FileName,
            lastModified: document.IssuedAt, entityTag: new EntityTagHeaderValue($"\"{document.ContentHash}\""));
}
