namespace QommerceHub.Payments.Model;

/// <summary>Money given back on a payment; the provider's refund id makes each refund count once.</summary>
public sealed class PaymentRefund
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public long PaymentId { get; set; }
    public required string ProviderRefundId { get; set; }
    public decimal Amount { get; set; }
    public string? Reason { get; set; }
    public required string Status { get; set; }
    public required string Initiator { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Who asked for a refund.</summary>
public static class RefundInitiator
{
    /// <summary>A member of staff through the API.</summary>
    public const string Staff = "staff";
    /// <summary>Payments itself, because the paid order was cancelled.</summary>
    public const string OrderCancelled = "order_cancelled";
    /// <summary>Made outside QommerceHub (e.g. Stripe's dashboard) and learnt from a webhook.</summary>
    public const string Provider = "provider";
}
