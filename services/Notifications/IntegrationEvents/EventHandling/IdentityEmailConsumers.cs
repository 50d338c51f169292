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

public sealed class PasswordResetRequestedConsumer(NotificationsDbContext db, MailComposer composer, ILogger<PasswordResetRequestedConsumer> logger)
    : IdempotentConsumer<PasswordResetRequested, NotificationsDbContext>(db, logger)
{
    protected override Task HandleAsync(PasswordResetRequested message, CancellationToken cancellationToken) =>
        composer.QueueAsync(message.MessageId, message.TenantId, message.Email, "password-reset",
            new Dictionary<string, string?> { ["Email"] = message.Email, ["ResetUrl"] = message.ResetUrl },
            message.StoreName, cancellationToken);
}

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
