using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Notifications.Delivery;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Model;
using QommerceHub.Notifications.Rendering;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

/// <summary>Remembers who placed a confirmed order; the confirmation email itself waits for the invoice.</summary>
public sealed class OrderConfirmedConsumer(NotificationsDbContext db, ILogger<OrderConfirmedConsumer> logger)
    : IdempotentBatchConsumer<OrderConfirmed, NotificationsDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<OrderConfirmed> messages, CancellationToken cancellationToken)
    {
        var orderIds = messages.Select(m => m.OrderId).Distinct().ToList();
        return Db.OrderContacts.Where(c => c.TenantId == messages[0].TenantId && orderIds.Contains(c.OrderId)).LoadAsync(cancellationToken);
    }

    protected override Task HandleAsync(OrderConfirmed message, CancellationToken cancellationToken)
    {
        // Known already, or confirmed twice in this batch.
        if (Db.OrderContacts.Local.Any(c => c.TenantId == message.TenantId && c.OrderId == message.OrderId)) return Task.CompletedTask;
        Db.OrderContacts.Add(new OrderContact
        {
            TenantId = message.TenantId,
            OrderId = message.OrderId,
            CustomerName = message.CustomerName,
            CustomerEmail = message.CustomerEmail,
            Currency = message.Currency,
        });
        return Task.CompletedTask;
    }
}

/// <summary>The order confirmation, with the invoice PDF that Reporting issued attached.</summary>
public sealed class InvoiceIssuedConsumer(NotificationsDbContext db, MailComposer composer, ILogger<InvoiceIssuedConsumer> logger)
    : IdempotentConsumer<InvoiceIssued, NotificationsDbContext>(db, logger)
{
    protected override async Task HandleAsync(InvoiceIssued message, CancellationToken cancellationToken)
    {
        if (message.DocumentKind != "invoice") return; // credit notes go with the refund confirmation's own event
        var contact = await Db.OrderContacts.AsNoTracking()
            .FirstOrDefaultAsync(c => c.TenantId == message.TenantId && c.OrderId == message.OrderId, cancellationToken);
        var recipient = message.CustomerEmail ?? contact?.CustomerEmail;
        if (recipient is null)
        {
            logger.LogInformation("Order {OrderId} has no customer email; no confirmation sent", message.OrderId);
            return;
        }
        var attachment = message.PdfContent is { Length: > 0 } pdf
            ? (message.FileName ?? $"invoice-{message.InvoiceNumber}.pdf", pdf)
            : ((string, byte[])?)null;
        await composer.QueueAsync(message.MessageId, message.TenantId, recipient, "order-confirmation",
            new Dictionary<string, string?>
            {
                ["CustomerName"] = message.CustomerName ?? contact?.CustomerName ?? "customer",
                ["OrderId"] = message.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["InvoiceNumber"] = message.InvoiceNumber,
                ["Total"] = MailFormat.Money(message.TotalAmount ?? 0, message.Currency ?? contact?.Currency),
            },
            "Your store", cancellationToken, attachment);
    }
}

public sealed class OrderStatusChangedConsumer(NotificationsDbContext db, MailComposer composer, ILogger<OrderStatusChangedConsumer> logger)
    : IdempotentConsumer<OrderStatusChanged, NotificationsDbContext>(db, logger)
{
    protected override async Task HandleAsync(OrderStatusChanged message, CancellationToken cancellationToken)
    {
        var contact = await Db.OrderContacts.AsNoTracking()
            .FirstOrDefaultAsync(c => c.TenantId == message.TenantId && c.OrderId == message.OrderId, cancellationToken);
        var recipient = message.CustomerEmail ?? contact?.CustomerEmail;
        if (recipient is null)
        {
            logger.LogInformation("Order {OrderId} has no customer email; no status email sent", message.OrderId);
            return;
        }
        await composer.QueueAsync(message.MessageId, message.TenantId, recipient, "order-status-changed",
            new Dictionary<string, string?>
            {
                ["CustomerName"] = message.CustomerName ?? contact?.CustomerName ?? "customer",
                ["OrderId"] = message.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["StatusLabel"] = MailFormat.StatusLabel(message.Status),
                ["StatusMessage"] = MailFormat.StatusMessage(message.Status),
            },
            "Your store", cancellationToken);
    }
}

/// <summary>Tells the customer a refund is on its way; the customer comes from the order contact replica.</summary>
public sealed class PaymentRefundedConsumer(NotificationsDbContext db, MailComposer composer, ILogger<PaymentRefundedConsumer> logger)
    : IdempotentConsumer<PaymentRefunded, NotificationsDbContext>(db, logger)
{
    protected override async Task HandleAsync(PaymentRefunded message, CancellationToken cancellationToken)
    {
        // A refund follows its order's confirmation; failing sends the event back for a retry until that arrives.
        var contact = await Db.OrderContacts.AsNoTracking()
            .FirstOrDefaultAsync(c => c.TenantId == message.TenantId && c.OrderId == message.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"Order {message.OrderId} is not known to Notifications yet");
        if (contact.CustomerEmail is null)
        {
            logger.LogInformation("Order {OrderId} has no customer email; no refund confirmation sent", message.OrderId);
            return;
        }
        await composer.QueueAsync(message.MessageId, message.TenantId, contact.CustomerEmail, "refund-confirmation",
            new Dictionary<string, string?>
            {
                ["CustomerName"] = contact.CustomerName,
                ["OrderId"] = message.OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Amount"] = MailFormat.Money(message.Amount, contact.Currency),
                ["TotalRefunded"] = MailFormat.Money(message.TotalRefunded, contact.Currency),
                ["RefundScope"] = message.FullyRefunded ? "Your order has been refunded in full." : "This is a partial refund of your order.",
                ["Reason"] = string.IsNullOrWhiteSpace(message.Reason) ? "not given" : message.Reason,
            },
            "Your store", cancellationToken);
    }
}
