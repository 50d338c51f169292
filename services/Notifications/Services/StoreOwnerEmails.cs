using System.Globalization;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Notifications.Delivery;
using QommerceHub.Notifications.Infrastructure;

namespace QommerceHub.Notifications.Services;

/// <summary>The emails a store's owner gets: the welcome after sign-up and the low-stock alert, each linking to the dashboard.</summary>
public sealed class StoreOwnerEmails(NotificationsDbContext db, MailComposer composer, IConfiguration configuration)
{
    public Task QueueWelcomeAsync(TenantRegistered store, CancellationToken cancellationToken) =>
        composer.QueueAsync(store.MessageId, store.TenantId, store.OwnerEmail, "welcome",
            new Dictionary<string, string?> { ["DashboardUrl"] = DashboardUrl() }, store.StoreName, cancellationToken);

    /// <summary>
    /// Catalog announces each downward crossing of the threshold once, and the inbox drops redeliveries, so the owner
    /// gets one email per crossing. The owner comes from the store replica; until TenantRegistered has arrived this
    /// throws, so the event is retried.
    /// </summary>
    public async Task QueueLowStockAlertAsync(LowStockDetected alert, CancellationToken cancellationToken)
    {
        var store = await db.StoreProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.TenantId == alert.TenantId, cancellationToken)
            ?? throw new InvalidOperationException($"Store {alert.TenantId} is not known to Notifications yet");
        await composer.QueueAsync(alert.MessageId, alert.TenantId, store.OwnerEmail, "low-stock-alert",
            new Dictionary<string, string?>
            {
                ["ProductName"] = alert.Name,
                ["Sku"] = alert.Sku,
                ["QuantityAvailable"] = alert.QuantityAvailable.ToString(CultureInfo.InvariantCulture),
                ["LowStockThreshold"] = alert.LowStockThreshold.ToString(CultureInfo.InvariantCulture),
                ["InventoryUrl"] = DashboardUrl(),
            },
            store.StoreName, cancellationToken);
    }

    private string DashboardUrl() => (configuration["PublicWebUrl"] ?? "http://localhost:8080").TrimEnd('/') + "/dashboard.html";
}
