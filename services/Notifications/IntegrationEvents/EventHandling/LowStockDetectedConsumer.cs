using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Notifications.Delivery;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

/// <summary>
/// Alerts the store's owner. Catalog announces each downward crossing of the threshold once, and the inbox drops
/// redeliveries, so the owner gets one email per crossing.
/// </summary>
public sealed class LowStockDetectedConsumer(
    NotificationsDbContext db, MailComposer composer, IConfiguration configuration, ILogger<LowStockDetectedConsumer> logger)
    : IdempotentConsumer<LowStockDetected, NotificationsDbContext>(db, logger)
{
    protected override async Task HandleAsync(LowStockDetected message, CancellationToken cancellationToken)
    {
        // The owner comes from the store replica; if TenantRegistered has not arrived yet, a retry waits for it.
        var store = await Db.StoreProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.TenantId == message.TenantId, cancellationToken)
            ?? throw new InvalidOperationException($"Store {message.TenantId} is not known to Notifications yet");
        var inventoryUrl = (configuration["PublicWebUrl"] ?? "http://localhost:8080").TrimEnd('/') + "/dashboard.html";
        await composer.QueueAsync(message.MessageId, message.TenantId, store.OwnerEmail, "low-stock-alert",
            new Dictionary<string, string?>
            {
                ["ProductName"] = message.Name,
                ["Sku"] = message.Sku,
                ["QuantityAvailable"] = message.QuantityAvailable.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["LowStockThreshold"] = message.LowStockThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["InventoryUrl"] = inventoryUrl,
            },
            store.StoreName, cancellationToken);
    }
}
