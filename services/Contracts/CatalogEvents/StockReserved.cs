namespace QommerceHub.Contracts;

public sealed record StockReserved : IntegrationEvent
{
    public required int OrderId { get; init; }
}
