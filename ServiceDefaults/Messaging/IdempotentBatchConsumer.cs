using MassTransit;
using Microsoft.Extensions.Logging;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.ServiceDefaults.Messaging;

/// <summary>
/// Base of a consumer that only keeps a copy of another service's data: messages arrive in batches of up to
/// <see cref="BatchConsumerDefinition{TConsumer,TMessage}.MessageLimit"/> of one store, and a batch is one
/// transaction: one inbox statement, the effects, one save. A crash before the commit leaves every message of the
/// batch unacknowledged, so the broker delivers them again; the inbox drops those already applied.
/// </summary>
/// <remarks>
/// <see cref="HandleAsync"/> is called once per message, in arrival order, with the earlier messages' changes still
/// unsaved: look rows up through the change tracker first (<c>FindAsync</c>, or <c>Local</c> before a query).
/// </remarks>
public abstract class IdempotentBatchConsumer<TMessage, TContext>(TContext db, ILogger logger) : IConsumer<Batch<TMessage>>
    where TMessage : IntegrationEvent
    where TContext : ServiceDbContext
{
    protected TContext Db => db;

    public async Task Consume(ConsumeContext<Batch<TMessage>> context)
    {
        // The definition groups batches by store, so a batch has one tenant, as its scope's context requires.
        var messages = context.Message.Select(m => m.Message).ToList();
        var cancellationToken = context.CancellationToken;
        db.Tenant.Use(messages[0].TenantId);
        db.Database.AutoSavepointsEnabled = false;
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["TenantId"] = messages[0].TenantId,
            ["MessageCount"] = messages.Count,
        });

        var (transaction, claimed) = await Inbox.BeginAndClaimAsync(db, GetType().Name, messages.Select(m => m.MessageId).ToList(), DateTimeOffset.UtcNow, cancellationToken);
        await using var _ = transaction;
        if (claimed.Count < messages.Count)
            logger.LogInformation("{Skipped} of {Count} {Message} messages already handled by {Consumer}; skipped",
                messages.Count - claimed.Count, messages.Count, typeof(TMessage).Name, GetType().Name);

        var fresh = messages.Where(m => claimed.Remove(m.MessageId)).ToList();
        if (fresh.Count > 0) await PrepareAsync(fresh, cancellationToken);
        foreach (var message in fresh) await HandleAsync(message, cancellationToken);
        if (fresh.Count > 0) await CompleteAsync(fresh, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Before the messages are applied: load (and track) in one query the rows they will touch, so each message finds
    /// its row without a round trip of its own.
    /// </summary>
    protected virtual Task PrepareAsync(IReadOnlyList<TMessage> messages, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the last message is applied, before the save: for work done once per batch.</summary>
    protected virtual Task CompleteAsync(IReadOnlyList<TMessage> messages, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies one message to the service's data; changes are saved and committed by the caller.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
