using MassTransit;
using Microsoft.Extensions.Logging;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.ServiceDefaults.Messaging;

/// <summary>
/// Base of every consumer: acts for the message's tenant, records the message id in the inbox and applies
/// the effect in one transaction, so a redelivered message changes nothing.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, ILogger logger) : IConsumer<TMessage>
    where TMessage : IntegrationEvent
    where TContext : ServiceDbContext
{
    protected TContext Db => db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var message = context.Message;
        CorrelationContext.Current = message.CorrelationId;
        db.Tenant.Use(message.TenantId);
        // A failed statement ends the whole unit of work here, so EF's savepoint round trips around each save buy nothing.
        db.Database.AutoSavepointsEnabled = false;
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["CorrelationId"] = message.CorrelationId,
            ["MessageId"] = message.MessageId,
            ["TenantId"] = message.TenantId,
        });

        var (transaction, claimed) = await Inbox.BeginAndClaimAsync(db, GetType().Name, [message.MessageId], DateTimeOffset.UtcNow, context.CancellationToken);
        await using var _ = transaction;
        if (claimed.Count == 0)
        {
            logger.LogInformation("{Message} {MessageId} already handled by {Consumer}; skipped", typeof(TMessage).Name, message.MessageId, GetType().Name);
            return;
        }

        await HandleAsync(message, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
    }

    /// <summary>Applies the message to the service's data; changes are saved and committed by the caller.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
