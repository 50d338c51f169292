namespace QommerceHub.Contracts;

public sealed record OrderCancelled : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string Reason { get; init; }
    public required bool WasPaid { get; init; }
}
