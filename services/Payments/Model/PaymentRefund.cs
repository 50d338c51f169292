using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Payments.Model;

/// <summary>
/// Money given back on a payment. Ours are recorded as <see cref="RefundStatus.Pending"/> under their idempotency key
/// before the provider is asked, so a failure after the provider paid cannot lose them and a retry pays nothing twice;
/// the provider's refund id (known once it answers) makes each refund count once.
/// </summary>
public sealed class PaymentRefund : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public long PaymentId { get; set; }
    /// <summary>Null while the provider has not answered.</summary>
    public string? ProviderRefundId { get; set; }
    /// <summary>The key the provider is asked with; null for refunds made outside QommerceHub.</summary>
    public string? IdempotencyKey { get; set; }
    public decimal Amount { get; set; }
    public string? Reason { get; set; }
    public required string Status { get; set; }
    public required string Initiator { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public static class RefundStatus
{
    /// <summary>Recorded, amount set aside; the provider's answer is not known yet.</summary>
    public const string Pending = "requested";
    public const string Failed = "failed";

    public static bool IsUnsettled(PaymentRefund refund) => refund.ProviderRefundId is null && refund.Status == Pending;
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
