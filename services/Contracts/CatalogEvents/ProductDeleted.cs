namespace QommerceHub.Contracts;

public sealed record ProductDeleted : IntegrationEvent
{
    public required int ProductId { get; init; }
    public required long Version { get; init; }
}
