namespace QommerceHub.Contracts;

public sealed record PaymentRefunded : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string PaymentIntentId { get; init; }
    public required decimal Amount { get; init; }
    public required decimal TotalRefunded { get; init; }
    public required bool FullyRefunded { get; init; }
    public string? Reason { get; init; }
    /// <summary>True when the simulated provider took it: no money moved.</summary>
    public bool Simulated { get; init; }
}
