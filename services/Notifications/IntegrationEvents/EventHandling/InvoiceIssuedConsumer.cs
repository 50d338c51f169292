using QommerceHub.Contracts;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

/// <summary>The order confirmation, with the invoice PDF that Reporting issued attached.</summary>
public sealed class InvoiceIssuedConsumer(NotificationsDbContext db, OrderEmails emails, ILogger<InvoiceIssuedConsumer> logger)
    : IdempotentConsumer<InvoiceIssued, NotificationsDbContext>(db, logger)
{
    protected override Task HandleAsync(InvoiceIssued message, CancellationToken cancellationToken) =>
        emails.QueueConfirmationAsync(message, cancellationToken);
}
