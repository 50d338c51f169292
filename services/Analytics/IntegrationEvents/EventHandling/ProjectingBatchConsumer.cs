using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

/// <summary>
/// An Analytics consumer of copies (products, stock, customers): a batch of one store's events is de-duplicated,
/// projected, logged and announced in one transaction.
/// </summary>
public abstract class ProjectingBatchConsumer<TMessage>(AnalyticsDbContext db, Projector projector, ILogger logger)
    : IdempotentBatchConsumer<TMessage, AnalyticsDbContext>(db, logger)
    where TMessage : IntegrationEvent
{
    protected override Task HandleAsync(TMessage message, CancellationToken cancellationToken) =>
        projector.ConsumeAsync(message, cancellationToken);
}
