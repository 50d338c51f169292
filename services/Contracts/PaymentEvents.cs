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

public sealed record PaymentFailed : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string PaymentIntentId { get; init; }
    public required string Reason { get; init; }
    /// <summary>True when the simulated provider took it: no money moved.</summary>
    public bool Simulated { get; init; }
}

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

public sealed record InvoiceIssued : IntegrationEvent
{
    public required int OrderId { get; init; }
    public required string InvoiceNumber { get; init; }
    public required string DocumentKind { get; init; }
    /// <summary>The issued PDF, so Notifications can attach it without reading Reporting's tables.</summary>
    public byte[]? PdfContent { get; init; }
    public string? FileName { get; init; }
    public string? CustomerEmail { get; init; }
    public string? CustomerName { get; init; }
    public decimal? TotalAmount { get; init; }
    public string? Currency { get; init; }
}
