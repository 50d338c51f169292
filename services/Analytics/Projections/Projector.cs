using System.Text.Json;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Live;
using QommerceHub.Analytics.Model;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Projections;

/// <summary>
/// Applies one event to the read model inside the caller's transaction: a consumed event is also appended to
/// the event log and announced to the tenant's dashboards once committed; a replayed one is only applied.
/// </summary>
public sealed class Projector(
    AnalyticsDbContext db, EventProjections projections, RowLocks rows, SalesAggregates aggregates, PendingSalesUpdates updates, TimeProvider clock)
{
    private object? lockedIn;

    /// <summary>
    /// Before a batch of one store's events: the store's shared lock, then the rows the batch touches, locked and tracked
    /// in one query per kind (the rebuild takes its locks in the same order); the batch's bucket changes are collected.
    /// </summary>
    public async Task PrepareAsync(int tenantId, int[] orderIds, int[] productIds, int[] customerIds, CancellationToken cancellationToken)
    {
        await ShareStoreLockAsync(tenantId, cancellationToken);
        await rows.PreloadAsync(tenantId, orderIds, productIds, customerIds, cancellationToken);
        aggregates.CollectBuckets();
    }

    /// <summary>After a batch's last event: the sales buckets it changed, in one statement.</summary>
    public Task CompleteAsync(int tenantId, CancellationToken cancellationToken) =>
        aggregates.WriteCollectedBucketsAsync(tenantId, cancellationToken);

    public async Task ConsumeAsync(IntegrationEvent message, CancellationToken cancellationToken)
    {
        await ShareStoreLockAsync(message.TenantId, cancellationToken);
        db.EventLog.Add(new EventLogEntry
        {
            TenantId = message.TenantId,
            MessageId = message.MessageId,
            MessageType = message.GetType().Name,
            OccurredAt = message.OccurredAt.ToUniversalTime(),
            RecordedAt = clock.GetUtcNow(),
            Body = JsonSerializer.Serialize(message, message.GetType()),
        });
        var update = await projections.ApplyAsync(message, cancellationToken);
        if (update is not null) updates.Add(message.TenantId, update);
    }

    /// <summary>Once per transaction: a batch of events holds the store's shared lock from its start.</summary>
    private async Task ShareStoreLockAsync(int tenantId, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction;
        if (transaction is not null && ReferenceEquals(lockedIn, transaction)) return;
        await TenantProjectionLock.ShareAsync(db, tenantId, cancellationToken);
        lockedIn = transaction;
    }

    /// <summary>For the rebuild command, which holds the tenant's lock itself.</summary>
    public Task ReplayAsync(IntegrationEvent message, CancellationToken cancellationToken) =>
        projections.ApplyAsync(message, cancellationToken);

    public static IntegrationEvent? Read(EventLogEntry entry) =>
        EventProjections.Projected.TryGetValue(entry.MessageType, out var type)
            ? (IntegrationEvent?)JsonSerializer.Deserialize(entry.Body, type)
            : null;
}
