namespace QommerceHub.Contracts;

public sealed record CustomerDeleted : IntegrationEvent
{
    public required int CustomerId { get; init; }
}
