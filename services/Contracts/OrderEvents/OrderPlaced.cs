namespace QommerceHub.Contracts;

public sealed record OrderPlaced : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required int CustomerId { get; init; }
    public required IReadOnlyList<OrderLine> Lines { get; init; }
    public required decimal TotalAmount { get; init; }
    public string Currency { get; init; } = "USD";
}
