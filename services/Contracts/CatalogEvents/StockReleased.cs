namespace QommerceHub.Contracts;

public sealed record StockReleased : IntegrationEvent
{
    public required int OrderId { get; init; }
}
