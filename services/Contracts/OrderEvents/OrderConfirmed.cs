namespace QommerceHub.Contracts;

public sealed record OrderConfirmed : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required int CustomerId { get; init; }
    public required string CustomerName { get; init; }
    public string? CustomerEmail { get; init; }
    public string? CustomerAddress { get; init; }
    public required IReadOnlyList<OrderLine> Lines { get; init; }
    public required decimal TotalAmount { get; init; }
    public string Currency { get; init; } = "USD";
    public required DateTimeOffset PlacedAt { get; init; }
}
