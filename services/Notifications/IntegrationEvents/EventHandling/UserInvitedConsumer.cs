using QommerceHub.Contracts;
using QommerceHub.Notifications.Delivery;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

public sealed class UserInvitedConsumer(NotificationsDbContext db, MailComposer composer, ILogger<UserInvitedConsumer> logger)
    : IdempotentConsumer<UserInvited, NotificationsDbContext>(db, logger)
{
    protected override Task HandleAsync(UserInvited message, CancellationToken cancellationToken) =>
        composer.QueueAsync(message.MessageId, message.TenantId, message.Email, "staff-invitation",
            new Dictionary<string, string?>
            {
                ["InvitedBy"] = message.InvitedBy,
                ["Role"] = message.Role,
                ["AcceptUrl"] = message.AcceptUrl,
            },
            message.StoreName, cancellationToken);
}
