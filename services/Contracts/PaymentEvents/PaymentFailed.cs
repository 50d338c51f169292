namespace QommerceHub.Contracts;

public sealed record PaymentFailed : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string PaymentIntentId { get; init; }
    public required string Reason { get; init; }
    /// <summary>True when the simulated provider took it: no money moved.</summary>
    public bool Simulated { get; init; }
}
