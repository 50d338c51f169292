using QommerceHub.Contracts;
using QommerceHub.Notifications.Delivery;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

public sealed class EmailVerificationRequestedConsumer(NotificationsDbContext db, MailComposer composer, ILogger<EmailVerificationRequestedConsumer> logger)
    : IdempotentConsumer<EmailVerificationRequested, NotificationsDbContext>(db, logger)
{
    protected override Task HandleAsync(EmailVerificationRequested message, CancellationToken cancellationToken) =>
        composer.QueueAsync(message.MessageId, message.TenantId, message.Email, "verify-email",
            new Dictionary<string, string?> { ["Email"] = message.Email, ["VerificationUrl"] = message.VerificationUrl },
            message.StoreName, cancellationToken);
}
