namespace QommerceHub.Contracts;

public sealed record CustomerUpdated : IntegrationEvent
{
    public required int CustomerId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
}
