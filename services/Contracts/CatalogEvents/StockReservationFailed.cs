namespace QommerceHub.Contracts;

public sealed record StockReservationFailed : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required IReadOnlyList<StockShortfall> Shortfalls { get; init; }
}
