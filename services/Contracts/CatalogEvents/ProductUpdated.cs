namespace QommerceHub.Contracts;

public sealed record ProductUpdated : IntegrationEvent
{
    public required int ProductId { get; init; }
    public required string Name { get; init; }
    public required string Sku { get; init; }
    public string? Barcode { get; init; }
    public required decimal Price { get; init; }
    public required int LowStockThreshold { get; init; }
    public required long Version { get; init; }
}
