namespace QommerceHub.Contracts;

public sealed record ProductCreated : IntegrationEvent
{
    public required int ProductId { get; init; }
    public required string Name { get; init; }
    public required string Sku { get; init; }
    public string? Barcode { get; init; }
    public required decimal Price { get; init; }
    public required int QuantityOnHand { get; init; }
    public required int LowStockThreshold { get; init; }
    /// <summary>Monotonic per product, so replicas can ignore stale updates arriving late.</summary>
    public required long Version { get; init; }
}
