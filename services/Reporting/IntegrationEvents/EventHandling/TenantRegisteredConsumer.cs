using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>A new store: remember its name for its invoices.</summary>
public sealed class TenantRegisteredConsumer(ReportingDbContext db, ILogger<TenantRegisteredConsumer> logger)
    : IdempotentConsumer<TenantRegistered, ReportingDbContext>(db, logger)
{
    protected override async Task HandleAsync(TenantRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.StoreProfiles.AnyAsync(cancellationToken)) return;
        Db.StoreProfiles.Add(new StoreProfile { TenantId = message.TenantId, StoreName = message.StoreName, OwnerEmail = message.OwnerEmail });
    }
}
