using MassTransit;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Security;

namespace QommerceHub.Identity.IntegrationEvents;

/// <summary>
/// Tells a newly started service instance about the revocations it missed: every one whose tokens may still be
/// alive, published again (each instance keeps the highest version, so repeats change nothing). Expired ones are
/// deleted on the way.
/// </summary>
public sealed class ServiceInstanceStartedConsumer(IdentityDbContext db, TimeProvider clock, ILogger<ServiceInstanceStartedConsumer> logger)
    : IConsumer<ServiceInstanceStarted>
{
    public async Task Consume(ConsumeContext<ServiceInstanceStarted> context)
    {
        var now = clock.GetUtcNow();
        await db.AccessRevocations.Where(r => r.ExpiresBy <= now).ExecuteDeleteAsync(context.CancellationToken);
        var live = await db.AccessRevocations.AsNoTracking().ToListAsync(context.CancellationToken);
        await Task.WhenAll(live.Select(r => context.Publish(AccessRevocations.ToMessage(r), context.CancellationToken)));
        logger.LogInformation("Announced {Count} live access revocations again for a new {Service} instance", live.Count, context.Message.Service);
    }
}
