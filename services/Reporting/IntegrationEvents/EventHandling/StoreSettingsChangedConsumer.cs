using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>Settings events carry the whole state, so the last one wins.</summary>
public sealed class StoreSettingsChangedConsumer(ReportingDbContext db, ILogger<StoreSettingsChangedConsumer> logger)
    : IdempotentConsumer<StoreSettingsChanged, ReportingDbContext>(db, logger)
{
    protected override async Task HandleAsync(StoreSettingsChanged message, CancellationToken cancellationToken)
    {
        var profile = await Db.StoreProfiles.FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            profile = new StoreProfile { TenantId = message.TenantId, StoreName = message.StoreName };
            Db.StoreProfiles.Add(profile);
        }
        profile.StoreName = message.StoreName;
        profile.OwnerEmail = message.OwnerEmail;
        if (StoreBrand.IsHexColour(message.PrimaryColor)) profile.PrimaryColor = message.PrimaryColor;
        if (StoreBrand.IsHexColour(message.AccentColor)) profile.AccentColor = message.AccentColor;
        if (StoreBrand.IsHexColour(message.TextColor)) profile.TextColor = message.TextColor;
    }
}
