namespace QommerceHub.Contracts;

public sealed record OrderStatusChanged : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string PreviousStatus { get; init; }
    public required string Status { get; init; }
    public string? CustomerEmail { get; init; }
    public string? CustomerName { get; init; }
}
