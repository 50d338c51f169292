namespace QommerceHub.Contracts;

public sealed record CustomerCreated : IntegrationEvent
{
    public required int CustomerId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
}

public sealed record CustomerUpdated : IntegrationEvent
{
    public required int CustomerId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
}

public sealed record CustomerDeleted : IntegrationEvent
{
    public required int CustomerId { get; init; }
}

public sealed record OrderLine(int ProductId, string ProductName, int Quantity, decimal UnitPrice);

public sealed record OrderPlaced : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required int CustomerId { get; init; }
    public required IReadOnlyList<OrderLine> Lines { get; init; }
    public required decimal TotalAmount { get; init; }
    public string Currency { get; init; } = "USD";
}

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

public sealed record OrderStatusChanged : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string PreviousStatus { get; init; }
    public required string Status { get; init; }
    public string? CustomerEmail { get; init; }
    public string? CustomerName { get; init; }
}

public sealed record OrderCancelled : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string Reason { get; init; }
    public required bool WasPaid { get; init; }
}
