using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

/// <summary>Keeps the branding replica current; settings events carry the whole state, so the last one wins.</summary>
public sealed class StoreSettingsChangedConsumer(NotificationsDbContext db, ILogger<StoreSettingsChangedConsumer> logger)
    : IdempotentConsumer<StoreSettingsChanged, NotificationsDbContext>(db, logger)
{
    protected override async Task HandleAsync(StoreSettingsChanged message, CancellationToken cancellationToken)
    {
        var profile = await Db.StoreProfiles.FirstOrDefaultAsync(p => p.TenantId == message.TenantId, cancellationToken);
        if (profile is null)
        {
            profile = new StoreProfile { TenantId = message.TenantId, StoreName = message.StoreName, OwnerEmail = message.OwnerEmail };
            Db.StoreProfiles.Add(profile);
        }
        profile.StoreName = message.StoreName;
        profile.OwnerEmail = message.OwnerEmail;
        profile.PrimaryColor = message.PrimaryColor;
        profile.AccentColor = message.AccentColor;
        profile.TextColor = message.TextColor;
        profile.BackgroundColor = message.BackgroundColor;
    }
}
