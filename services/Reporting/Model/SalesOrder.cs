using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Reporting.Model;

/// <summary>
/// Reporting's copy of a confirmed order (from OrderConfirmed), kept current by status and payment events.
/// Orders that were never confirmed never reach the books, so they are not here.
/// </summary>
public sealed class SalesOrder : ITenantOwned
{
    public int TenantId { get; set; }
    public int OrderId { get; set; }
    public int CustomerId { get; set; }
    public required string CustomerName { get; set; }
    public string? CustomerEmail { get; set; }
    public string? CustomerAddress { get; set; }
    public decimal TotalAmount { get; set; }
    public required string Currency { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
    public string Status { get; set; } = OrderStatuses.Pending;
    /// <summary>When the status event we hold happened; an older status event arriving late is ignored.</summary>
    public DateTimeOffset StatusChangedAt { get; set; }
    public string? CancellationReason { get; set; }
    public string PaymentStatus { get; set; } = PaymentStatuses.Unpaid;
    public decimal AmountPaid { get; set; }
    public decimal AmountRefunded { get; set; }
    public List<SalesOrderLine> Lines { get; set; } = [];
    /// <summary>PostgreSQL's xmin: two events changing this row at once cannot overwrite each other; the loser retries.</summary>
    public uint RowVersion { get; set; }
}

public sealed class SalesOrderLine : ITenantOwned
{
    public int TenantId { get; set; }
    public int OrderId { get; set; }
    public int LineNumber { get; set; }
    public int ProductId { get; set; }
    public required string ProductName { get; set; }
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
}

public static class PaymentStatuses
{
    public const string Unpaid = "unpaid";
    public const string Paid = "paid";
    public const string PartiallyRefunded = "partially_refunded";
    public const string Refunded = "refunded";
}
