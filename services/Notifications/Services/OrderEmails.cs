using System.Globalization;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Notifications.Delivery;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Model;
using QommerceHub.Notifications.Rendering;

namespace QommerceHub.Notifications.Services;

/// <summary>
/// The emails a customer gets about an order: the confirmation with its invoice, a status change, a refund. The
/// customer comes from the event, else from the order contact kept from OrderConfirmed. Each is queued in the
/// consumer's transaction, so a redelivered event queues nothing twice.
/// </summary>
public sealed class OrderEmails(NotificationsDbContext db, MailComposer composer, ILogger<OrderEmails> logger)
{
    private const string FallbackStoreName = "Your store";

    public async Task QueueConfirmationAsync(InvoiceIssued invoice, CancellationToken cancellationToken)
    {
        if (invoice.DocumentKind != "invoice") return; // credit notes go with the refund confirmation's own event
        var contact = await ContactAsync(invoice.TenantId, invoice.OrderId, cancellationToken);
        if (Recipient(invoice.CustomerEmail, contact, invoice.OrderId, "confirmation") is not { } recipient) return;
        var attachment = invoice.PdfContent is { Length: > 0 } pdf
            ? (invoice.FileName ?? $"invoice-{invoice.InvoiceNumber}.pdf", pdf)
            : ((string, byte[])?)null;
        await composer.QueueAsync(invoice.MessageId, invoice.TenantId, recipient, "order-confirmation",
            new Dictionary<string, string?>
            {
                ["CustomerName"] = invoice.CustomerName ?? contact?.CustomerName ?? "customer",
                ["OrderId"] = invoice.OrderId.ToString(CultureInfo.InvariantCulture),
                ["InvoiceNumber"] = invoice.InvoiceNumber,
                ["Total"] = MailFormat.Money(invoice.TotalAmount ?? 0, invoice.Currency ?? contact?.Currency),
            },
            FallbackStoreName, cancellationToken, attachment);
    }

    public async Task QueueStatusChangeAsync(OrderStatusChanged change, CancellationToken cancellationToken)
    {
        var contact = await ContactAsync(change.TenantId, change.OrderId, cancellationToken);
        if (Recipient(change.CustomerEmail, contact, change.OrderId, "status") is not { } recipient) return;
        await composer.QueueAsync(change.MessageId, change.TenantId, recipient, "order-status-changed",
            new Dictionary<string, string?>
            {
                ["CustomerName"] = change.CustomerName ?? contact?.CustomerName ?? "customer",
                ["OrderId"] = change.OrderId.ToString(CultureInfo.InvariantCulture),
                ["StatusLabel"] = MailFormat.StatusLabel(change.Status),
                ["StatusMessage"] = MailFormat.StatusMessage(change.Status),
            },
            FallbackStoreName, cancellationToken);
    }

    /// <summary>A refund follows its order's confirmation; until that has arrived this throws, so the event is retried.</summary>
    public async Task QueueRefundConfirmationAsync(PaymentRefunded refund, CancellationToken cancellationToken)
    {
        var contact = await ContactAsync(refund.TenantId, refund.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"Order {refund.OrderId} is not known to Notifications yet");
        if (Recipient(null, contact, refund.OrderId, "refund confirmation") is not { } recipient) return;
        await composer.QueueAsync(refund.MessageId, refund.TenantId, recipient, "refund-confirmation",
            new Dictionary<string, string?>
            {
                ["CustomerName"] = contact.CustomerName,
                ["OrderId"] = refund.OrderId.ToString(CultureInfo.InvariantCulture),
                ["Amount"] = MailFormat.Money(refund.Amount, contact.Currency),
                ["TotalRefunded"] = MailFormat.Money(refund.TotalRefunded, contact.Currency),
                ["RefundScope"] = refund.FullyRefunded ? "Your order has been refunded in full." : "This is a partial refund of your order.",
                ["Reason"] = string.IsNullOrWhiteSpace(refund.Reason) ? "not given" : refund.Reason,
            },
            FallbackStoreName, cancellationToken);
    }

    private Task<OrderContact?> ContactAsync(int tenantId, int orderId, CancellationToken cancellationToken) =>
        db.OrderContacts.AsNoTracking().FirstOrDefaultAsync(c => c.TenantId == tenantId && c.OrderId == orderId, cancellationToken);

    private string? Recipient(string? fromEvent, OrderContact? contact, int orderId, string email)
    {
        var recipient = fromEvent ?? contact?.CustomerEmail;
        if (recipient is null) logger.LogInformation("Order {OrderId} has no customer email; no {Email} email sent", orderId, email);
        return recipient;
    }
}
