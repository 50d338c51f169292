using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Projections;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Analytics.IntegrationEvents.EventHandling;

/// <summary>
/// An Analytics consumer of copies (products, stock, customers) or of confirmed orders: a batch of one store's events
/// is de-duplicated, projected, logged and announced in one transaction.
/// </summary>
public abstract class ProjectingBatchConsumer<TMessage>(AnalyticsDbContext db, Projector projector, ILogger logger)
    : IdempotentBatchConsumer<TMessage, AnalyticsDbContext>(db, logger)
    where TMessage : IntegrationEvent
{
    /// <summary>The order an event is about, for the batch's one look-up of its rows.</summary>
    protected virtual int? OrderOf(TMessage message) => null;

    /// <summary>The product an event is about, for the batch's one look-up of its rows.</summary>
    protected virtual int? ProductOf(TMessage message) => null;

    /// <summary>The customer an event is about, for the batch's one look-up of its rows.</summary>
    protected virtual int? CustomerOf(TMessage message) => null;

    protected override Task PrepareAsync(IReadOnlyList<TMessage> messages, CancellationToken cancellationToken) =>
        projector.PrepareAsync(messages[0].TenantId, [.. messages.Select(OrderOf).OfType<int>().Distinct()],
            [.. messages.Select(ProductOf).OfType<int>().Distinct()], [.. messages.Select(CustomerOf).OfType<int>().Distinct()], cancellationToken);

    protected override Task CompleteAsync(IReadOnlyList<TMessage> messages, CancellationToken cancellationToken) =>
        projector.CompleteAsync(messages[0].TenantId, cancellationToken);

    protected override Task HandleAsync(TMessage message, CancellationToken cancellationToken) =>
        projector.ConsumeAsync(message, cancellationToken);
}
