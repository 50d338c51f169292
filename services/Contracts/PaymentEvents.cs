namespace QommerceHub.Contracts;

public sealed record PaymentSucceeded : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string PaymentIntentId { get; init; }
    public required decimal Amount { get; init; }
    public string Currency { get; init; } = "USD";
}

public sealed record PaymentFailed : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string PaymentIntentId { get; init; }
    public required string Reason { get; init; }
}

public sealed record PaymentRefunded : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string PaymentIntentId { get; init; }
    public required decimal Amount { get; init; }
    public required decimal TotalRefunded { get; init; }
    public required bool FullyRefunded { get; init; }
    public string? Reason { get; init; }
}

public sealed record InvoiceIssued : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string InvoiceNumber { get; init; }
    public required string DocumentKind { get; init; }
}
