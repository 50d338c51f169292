namespace QommerceHub.Contracts;

public sealed record LowStockDetected : IntegrationEvent
{
    public required int ProductId { get; init; }
    public required string Name { get; init; }
    public required string Sku { get; init; }
    public required int QuantityAvailable { get; init; }
    public required int LowStockThreshold { get; init; }
}
