using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Payments.Model;

/// <summary>
/// Payments' replica of an order (from Orders' events): the amount to charge comes from here, never from the client.
/// </summary>
public sealed class PayableOrder : ITenantOwned
{
    public int TenantId { get; set; }
    public int OrderId { get; set; }
    public int? CustomerId { get; set; }
    public string? CustomerName { get; set; }
    public string? CustomerEmail { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "USD";
    public DateTimeOffset? PlacedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancellationReason { get; set; }

    public bool IsConfirmed => ConfirmedAt is not null;
    public bool IsCancelled => CancelledAt is not null;
}
