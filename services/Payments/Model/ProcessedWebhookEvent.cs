namespace QommerceHub.Payments.Model;

/// <summary>A Stripe event already applied; Stripe delivers at least once, so its id makes a repeat a no-op.</summary>
public sealed class ProcessedWebhookEvent
{
    public required string EventId { get; set; }
    public required string Type { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
