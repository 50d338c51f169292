using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Model;
using QommerceHub.Notifications.Services;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Notifications.IntegrationEvents.EventHandling;

/// <summary>A new store: remember its name and owner for branding, and welcome the owner.</summary>
public sealed class TenantRegisteredConsumer(NotificationsDbContext db, StoreOwnerEmails emails, ILogger<TenantRegisteredConsumer> logger)
    : IdempotentConsumer<TenantRegistered, NotificationsDbContext>(db, logger)
{
    protected override async Task HandleAsync(TenantRegistered message, CancellationToken cancellationToken)
    {
        var profile = await Db.StoreProfiles.FirstOrDefaultAsync(p => p.TenantId == message.TenantId, cancellationToken);
        if (profile is null)
            Db.StoreProfiles.Add(new StoreProfile { TenantId = message.TenantId, StoreName = message.StoreName, OwnerEmail = message.OwnerEmail });
        // Saved first, so the welcome email finds the store's branding.
        await Db.SaveChangesAsync(cancellationToken);
        await emails.QueueWelcomeAsync(message, cancellationToken);
    }
}
