namespace QommerceHub.Catalog.Apis.Dtos;

/// <summary>Either a change (delta) or what a count found (counted_quantity), with a reason from the fixed list.</summary>
public sealed record StockAdjustmentRequest
{
    public decimal? Delta { get; init; }
    public decimal? CountedQuantity { get; init; }
    public string? Reason { get; init; }
    public string? Reference { get; init; }
}
