using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

/// <summary>Every Analytics consumer: de-duplicated by the inbox, then projected, logged and announced in one transaction.</summary>
public abstract class ProjectingConsumer<TMessage>(AnalyticsDbContext db, Projector projector, ILogger logger)
    : IdempotentConsumer<TMessage, AnalyticsDbContext>(db, logger)
    where TMessage : IntegrationEvent
{
    protected override Task HandleAsync(TMessage message, CancellationToken cancellationToken) =>
        projector.ConsumeAsync(message, cancellationToken);
}
