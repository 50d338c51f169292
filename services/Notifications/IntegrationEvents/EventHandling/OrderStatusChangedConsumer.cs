using QommerceHub.Contracts;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

public sealed class OrderStatusChangedConsumer(NotificationsDbContext db, OrderEmails emails, ILogger<OrderStatusChangedConsumer> logger)
    : IdempotentConsumer<OrderStatusChanged, NotificationsDbContext>(db, logger)
{
    protected override Task HandleAsync(OrderStatusChanged message, CancellationToken cancellationToken) =>
        emails.QueueStatusChangeAsync(message, cancellationToken);
}
