using QommerceHub.Contracts;
using QommerceHub.Notifications.Delivery;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

public sealed class EmailChangeNoticeRequestedConsumer(NotificationsDbContext db, MailComposer composer, ILogger<EmailChangeNoticeRequestedConsumer> logger)
    : IdempotentConsumer<EmailChangeNoticeRequested, NotificationsDbContext>(db, logger)
{
    protected override Task HandleAsync(EmailChangeNoticeRequested message, CancellationToken cancellationToken) =>
        composer.QueueAsync(message.MessageId, message.TenantId, message.OldEmail, "email-changed",
            new Dictionary<string, string?>
            {
                ["OldEmail"] = message.OldEmail,
                ["NewEmail"] = message.NewEmail,
                ["RevertUrl"] = message.RevertUrl,
            },
            message.StoreName, cancellationToken);
}
