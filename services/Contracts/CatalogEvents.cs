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

public sealed record ProductDeleted : IntegrationEvent
{
    public required int ProductId { get; init; }
    public required long Version { get; init; }
}

public sealed record ProductRestored : IntegrationEvent
{
    public required int ProductId { get; init; }
    public required long Version { get; init; }
}

public sealed record StockLevelChanged : IntegrationEvent
{
    public required int ProductId { get; init; }
    public required int QuantityOnHand { get; init; }
    public required int QuantityReserved { get; init; }
    public required string Reason { get; init; }
    public string? Reference { get; init; }
    /// <summary>Id of the ledger row that produced this level; increases per product.</summary>
    public required long LedgerEntryId { get; init; }
}

public sealed record LowStockDetected : IntegrationEvent
{
    public required int ProductId { get; init; }
    public required string Name { get; init; }
    public required string Sku { get; init; }
    public required int QuantityAvailable { get; init; }
    public required int LowStockThreshold { get; init; }
}

public sealed record StockReserved : IntegrationEvent
{
    public required int OrderId { get; init; }
}

public sealed record StockShortfall(int ProductId, int Requested, int Available);

public sealed record StockReservationFailed : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required IReadOnlyList<StockShortfall> Shortfalls { get; init; }
}

public sealed record StockReleased : IntegrationEvent
{
    public required int OrderId { get; init; }
}
