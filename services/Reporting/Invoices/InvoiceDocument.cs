using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.Invoices;

public sealed record InvoiceLine(string Description, int Quantity, decimal UnitPrice)
{
    public decimal Amount => Quantity * UnitPrice;
}

public sealed record BillingDetails(string Name, string? Email, string? Address);

/// <summary>Everything printed on an invoice or credit note, decided before any drawing happens.</summary>
public sealed record InvoiceDocument(
    DocumentKind Kind,
    string Number,
    DateTimeOffset IssuedAt,
    StoreBrand Store,
    BillingDetails BillTo,
    int OrderId,
    DateTimeOffset OrderPlacedAt,
    IReadOnlyList<InvoiceLine> Lines,
    decimal Total,
    string Currency,
    string? Note = null)
{
    public decimal Subtotal => Lines.Sum(l => l.Amount);

    /// <summary>What the order's total adds to or takes from the lines (none today; shown only when not zero).</summary>
    public decimal Adjustment => Total - Subtotal;

    public string Title => Kind == DocumentKind.Invoice ? "INVOICE" : "CREDIT NOTE";

    public static InvoiceDocument ForOrder(string number, DateTimeOffset issuedAt, StoreBrand store, SalesOrder order) => new(
        DocumentKind.Invoice, number, issuedAt, store,
        new BillingDetails(order.CustomerName, order.CustomerEmail, order.CustomerAddress),
        order.OrderId, order.PlacedAt,
        order.Lines.OrderBy(l => l.LineNumber).Select(l => new InvoiceLine(l.ProductName, l.Quantity, l.UnitPrice)).ToList(),
        order.TotalAmount, order.Currency);

    public static InvoiceDocument ForRefund(
        string number, DateTimeOffset issuedAt, StoreBrand store, SalesOrder order, decimal amount, string? invoiceNumber, string? reason)
    {
        var description = $"Refund for order #{order.OrderId}" + (invoiceNumber is null ? "" : $" (invoice {invoiceNumber})");
        var note = string.IsNullOrWhiteSpace(reason) ? null : $"Reason: {reason.Trim()}";
        return new(DocumentKind.CreditNote, number, issuedAt, store,
            new BillingDetails(order.CustomerName, order.CustomerEmail, order.CustomerAddress),
            order.OrderId, order.PlacedAt, [new InvoiceLine(description, 1, amount)], amount, order.Currency, note);
    }
}
