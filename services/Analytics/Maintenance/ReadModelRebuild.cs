using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Maintenance;

/// <summary>
/// Recomputes a tenant's read model from scratch: wipes it under the tenant's lock taken alone, replays the event
/// log in the order events were consumed into the facts and replicas (a page per transaction, aggregates
/// deferred), then settles every order's aggregates in one bulk pass. Live events may interleave between pages:
/// projections are order-tolerant and re-applying an event changes nothing, so the result is the same. Ranking
/// windows refill on their next request.
/// </summary>
public sealed class ReadModelRebuild(IServiceScopeFactory scopes, ReadModelSettlement settlement)
{
    private const int PageSize = 500;

    public async Task<(int Replayed, int Settled)> RebuildAsync(int tenantId, CancellationToken cancellationToken)
    {
        await WipeAsync(tenantId, cancellationToken);
        var replayed = 0;
        long after = 0;
        while (await ReplayPageAsync(tenantId, after, cancellationToken) is { Count: > 0 } page)
        {
            replayed += page.Count;
            after = page.LastId;
        }
        return (replayed, await settlement.SettleAsync(tenantId, cancellationToken));
    }

    private async Task WipeAsync(int tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();
        db.Tenant.Use(tenantId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await TenantProjectionLock.TakeAloneAsync(db, tenantId, cancellationToken);
        await db.RankingWindows.ExecuteDeleteAsync(cancellationToken);
        await db.OrderLines.ExecuteDeleteAsync(cancellationToken);
        await db.Orders.ExecuteDeleteAsync(cancellationToken);
        await db.SalesBuckets.ExecuteDeleteAsync(cancellationToken);
        await db.Products.ExecuteDeleteAsync(cancellationToken);
        await db.Customers.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<(int Count, long LastId)> ReplayPageAsync(int tenantId, long after, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();
        var projector = scope.ServiceProvider.GetRequiredService<Projector>();
        scope.ServiceProvider.GetRequiredService<AggregationMode>().Deferred = true;
        db.Tenant.Use(tenantId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await TenantProjectionLock.ShareAsync(db, tenantId, cancellationToken);
        var page = await db.EventLog.AsNoTracking()
            .Where(e => e.TenantId == tenantId && e.Id > after)
            .OrderBy(e => e.Id)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        var messages = page.Select(Projector.Read).OfType<IntegrationEvent>().ToList();
        await scope.ServiceProvider.GetRequiredService<RowLocks>().PreloadAsync(
            tenantId, ReplayedRows.Orders(messages), ReplayedRows.Products(messages), ReplayedRows.Customers(messages), cancellationToken);
        foreach (var message in messages) await projector.ReplayAsync(message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (page.Count, page.Count == 0 ? after : page[^1].Id);
    }

    /// <summary>Every tenant with events in the log.</summary>
    public async Task<IReadOnlyList<int>> TenantsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();
        return await db.EventLog.Select(e => e.TenantId).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }
}
