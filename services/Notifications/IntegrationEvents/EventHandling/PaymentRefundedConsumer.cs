using QommerceHub.Contracts;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

/// <summary>Tells the customer a refund is on its way.</summary>
public sealed class PaymentRefundedConsumer(NotificationsDbContext db, OrderEmails emails, ILogger<PaymentRefundedConsumer> logger)
    : IdempotentConsumer<PaymentRefunded, NotificationsDbContext>(db, logger)
{
    protected override Task HandleAsync(PaymentRefunded message, CancellationToken cancellationToken) =>
        emails.QueueRefundConfirmationAsync(message, cancellationToken);
}
