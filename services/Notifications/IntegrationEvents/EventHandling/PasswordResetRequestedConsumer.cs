using QommerceHub.Contracts;
using QommerceHub.Notifications.Delivery;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

public sealed class PasswordResetRequestedConsumer(NotificationsDbContext db, MailComposer composer, ILogger<PasswordResetRequestedConsumer> logger)
    : IdempotentConsumer<PasswordResetRequested, NotificationsDbContext>(db, logger)
{
    protected override Task HandleAsync(PasswordResetRequested message, CancellationToken cancellationToken) =>
        composer.QueueAsync(message.MessageId, message.TenantId, message.Email, "password-reset",
            new Dictionary<string, string?> { ["Email"] = message.Email, ["ResetUrl"] = message.ResetUrl },
            message.StoreName, cancellationToken);
}
