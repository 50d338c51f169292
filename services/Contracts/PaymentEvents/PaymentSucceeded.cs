namespace QommerceHub.Contracts;

public sealed record PaymentSucceeded : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string PaymentIntentId { get; init; }
    public required decimal Amount { get; init; }
    public string Currency { get; init; } = "USD";
    /// <summary>True when the simulated provider took it: no money moved.</summary>
    public bool Simulated { get; init; }
}
