using MassTransit;

namespace QommerceHub.Contracts;

/// <summary>
/// Base of every message on the bus. Records change only by adding optional members,
/// so old consumers keep reading new messages.
/// </summary>
[ExcludeFromTopology]
public abstract record IntegrationEvent
{
    /// <summary>Stable id: the outbox keeps it on redelivery, the inbox de-duplicates on it.</summary>
    public Guid MessageId { get; init; } = NewId.NextGuid();
    public required int TenantId { get; init; }
    public string? CorrelationId { get; init; }
    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
