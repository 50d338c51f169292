namespace QommerceHub.Contracts;

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
