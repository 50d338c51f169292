using QommerceHub.Contracts;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

/// <summary>Alerts the store's owner that an item is running low.</summary>
public sealed class LowStockDetectedConsumer(NotificationsDbContext db, StoreOwnerEmails emails, ILogger<LowStockDetectedConsumer> logger)
    : IdempotentConsumer<LowStockDetected, NotificationsDbContext>(db, logger)
{
    protected override Task HandleAsync(LowStockDetected message, CancellationToken cancellationToken) =>
        emails.QueueLowStockAlertAsync(message, cancellationToken);
}
