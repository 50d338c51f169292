using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Invoices;

/// <summary>
/// Issues invoices and credit notes: number, render once, store the bytes, and announce them through the outbox,
/// all in the caller's transaction so a failure leaves neither a gap nor a half-issued document.
/// </summary>
public sealed class InvoiceIssuer(
    ReportingDbContext db, InvoiceNumberAllocator numbers, InvoicePdfRenderer renderer, TimeProvider clock, ILogger<InvoiceIssuer> logger)
{
    /// <summary>Whether an order has an invoice stored, for the orders <see cref="FindInvoicedOrdersAsync"/> looked up.</summary>
    private readonly Dictionary<int, bool> hasStoredInvoice = [];

    /// <summary>Which of a batch's orders already have an invoice, in one query instead of one per order.</summary>
    public async Task FindInvoicedOrdersAsync(IReadOnlyCollection<int> orderIds, CancellationToken cancellationToken)
    {
        var invoiced = await db.Invoices.Where(i => orderIds.Contains(i.OrderId) && i.Kind == DocumentKind.Invoice)
            .Select(i => i.OrderId).ToListAsync(cancellationToken);
        foreach (var orderId in orderIds) hasStoredInvoice[orderId] = invoiced.Contains(orderId);
    }

    public async Task IssueInvoiceAsync(SalesOrder order, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        // The unsaved invoices count too: a batch may confirm the same order twice.
        if (db.Invoices.Local.Any(i => i.OrderId == order.OrderId && i.Kind == DocumentKind.Invoice)
            || await HasStoredInvoiceAsync(order.OrderId, cancellationToken))
        {
            logger.LogInformation("Order {OrderId} already has an invoice; none issued", order.OrderId);
            return;
        }
        var sequence = await numbers.NextAsync(DocumentKind.Invoice, cancellationToken);
        var document = InvoiceDocument.ForOrder(
            DocumentNumbers.Format(DocumentKind.Invoice, sequence), clock.GetUtcNow(), await BrandAsync(cancellationToken), order);
        Store(document, order, sequence, sourceMessageId);
    }

    public async Task IssueCreditNoteAsync(SalesOrder order, decimal amount, string? reason, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var invoiceNumber = await db.Invoices
            .Where(i => i.OrderId == order.OrderId && i.Kind == DocumentKind.Invoice)
            .Select(i => i.Number)
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = await numbers.NextAsync(DocumentKind.CreditNote, cancellationToken);
        var document = InvoiceDocument.ForRefund(
            DocumentNumbers.Format(DocumentKind.CreditNote, sequence), clock.GetUtcNow(), await BrandAsync(cancellationToken),
            order, amount, invoiceNumber, reason);
        Store(document, order, sequence, sourceMessageId);
    }

    private async Task<bool> HasStoredInvoiceAsync(int orderId, CancellationToken cancellationToken) =>
        hasStoredInvoice.TryGetValue(orderId, out var known)
            ? known
            : await db.Invoices.AnyAsync(i => i.OrderId == orderId && i.Kind == DocumentKind.Invoice, cancellationToken);

    private StoreBrand? brand;

    /// <summary>Read once per unit of work: a batch issues its store's invoices under one brand.</summary>
    private async Task<StoreBrand> BrandAsync(CancellationToken cancellationToken) =>
        brand ??= StoreBrand.From(await db.StoreProfiles.AsNoTracking().FirstOrDefaultAsync(cancellationToken));

    private void Store(InvoiceDocument document, SalesOrder order, int sequence, Guid sourceMessageId)
    {
        var pdf = renderer.Render(document);
        var invoice = new Invoice
        {
            TenantId = order.TenantId,
            OrderId = order.OrderId,
            Kind = document.Kind,
            Sequence = sequence,
            Number = document.Number,
            IssuedAt = document.IssuedAt,
            TotalAmount = document.Total,
            Currency = document.Currency,
            SourceMessageId = sourceMessageId,
            PdfContent = pdf,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(pdf)),
        };
        db.Invoices.Add(invoice);
        db.Publish(new InvoiceIssued
        {
            TenantId = order.TenantId,
            OrderId = order.OrderId,
            InvoiceNumber = document.Number,
            DocumentKind = DocumentNumbers.EventName(document.Kind),
            PdfContent = pdf,
            FileName = invoice.FileName,
            CustomerEmail = order.CustomerEmail,
            CustomerName = order.CustomerName,
            TotalAmount = document.Total,
            Currency = document.Currency,
        });
        logger.LogInformation("Issued {Number} for order {OrderId}", document.Number, order.OrderId);
    }
}
