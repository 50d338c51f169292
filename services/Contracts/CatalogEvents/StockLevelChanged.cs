namespace QommerceHub.Contracts;

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
