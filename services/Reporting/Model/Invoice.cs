using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Reporting.Model;

/// <summary>An issued invoice or credit note: numbered once, rendered once, and never changed afterwards.</summary>
public sealed class Invoice : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public int OrderId { get; set; }
    public DocumentKind Kind { get; set; }
    public int Sequence { get; set; }
    public required string Number { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public decimal TotalAmount { get; set; }
    public required string Currency { get; set; }
    /// <summary>The event that asked for this document; a credit note is issued once per refund event.</summary>
    public Guid SourceMessageId { get; set; }
    public required byte[] PdfContent { get; set; }
    /// <summary>SHA-256 of the PDF, served as the ETag.</summary>
    public required string ContentHash { get; set; }

    public string FileName => DocumentNumbers.FileName(Kind, Number);
}

/// <summary>The per-tenant, per-kind counter behind gapless document numbers.</summary>
public sealed class DocumentCounter : ITenantOwned
{
    public int TenantId { get; set; }
    public DocumentKind Kind { get; set; }
    public int LastNumber { get; set; }
}
