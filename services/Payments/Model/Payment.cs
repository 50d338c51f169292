using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Payments.Model;

/// <summary>
/// One payment intent for one order. Its transitions only move forward, so provider events that arrive late,
/// twice or out of order cannot undo a success or count a refund twice.
/// </summary>
public sealed class Payment : ITenantOwned
{
    public long Id { get; set; }
    public int TenantId { get; set; }
    public int OrderId { get; set; }
    public required string PaymentIntentId { get; set; }
    public required string Mode { get; set; }
    public decimal Amount { get; set; }
    public required string Currency { get; set; }
    public string Status { get; set; } = PaymentStatus.RequiresPaymentMethod;
    public decimal AmountRefunded { get; set; }
    public string? FailureReason { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SucceededAt { get; set; }
    public List<PaymentRefund> Refunds { get; set; } = [];

    public decimal AmountRemaining => Status == PaymentStatus.Succeeded ? Amount - AmountRefunded : 0;
    public bool IsFullyRefunded => Status == PaymentStatus.Succeeded && AmountRefunded >= Amount;
    public bool IsSimulated => Mode == PaymentMode.Simulated;

    /// <summary>Marks the payment paid; false when it already was (a repeated or late event).</summary>
    public bool RecordSuccess(DateTimeOffset at)
    {
        if (Status == PaymentStatus.Succeeded) return false;
        Status = PaymentStatus.Succeeded;
        FailureReason = null;
        SucceededAt = at;
        UpdatedAt = at;
        return true;
    }

    /// <summary>A declined attempt; the customer may try again. False when the payment already succeeded.</summary>
    public bool RecordFailure(string reason, DateTimeOffset at)
    {
        if (Status is PaymentStatus.Succeeded or PaymentStatus.Canceled) return false;
        Status = PaymentStatus.RequiresPaymentMethod;
        FailureReason = reason;
        FailedAttempts++;
        UpdatedAt = at;
        return true;
    }

    public bool RecordProcessing(DateTimeOffset at)
    {
        if (Status != PaymentStatus.RequiresPaymentMethod) return false;
        Status = PaymentStatus.Processing;
        UpdatedAt = at;
        return true;
    }

    public bool RecordCancellation(DateTimeOffset at)
    {
        if (Status is PaymentStatus.Succeeded or PaymentStatus.Canceled) return false;
        Status = PaymentStatus.Canceled;
        UpdatedAt = at;
        return true;
    }

    /// <summary>Counts a refund once per provider refund id; null when that refund is already counted.</summary>
    public PaymentRefund? RecordRefund(string providerRefundId, decimal amount, string status, string? reason, string initiator, DateTimeOffset at)
    {
        if (Refunds.Any(r => r.ProviderRefundId == providerRefundId)) return null;
        return AddRefund(new PaymentRefund
        {
            TenantId = TenantId,
            ProviderRefundId = providerRefundId,
            Amount = amount,
            Status = status,
            Reason = reason,
            Initiator = initiator,
            CreatedAt = at,
        });
    }

    /// <summary>
    /// Records a refund of ours before the provider is asked: its amount stops being refundable at once, so
    /// concurrent requests cannot give back more than was paid while this one is in flight.
    /// </summary>
    public PaymentRefund StartRefund(string idempotencyKey, decimal amount, string? reason, string initiator, DateTimeOffset at)
    {
        return AddRefund(new PaymentRefund
        {
            TenantId = TenantId,
            IdempotencyKey = idempotencyKey,
            Amount = amount,
            Status = RefundStatus.Pending,
            Reason = reason,
            Initiator = initiator,
            CreatedAt = at,
        });
    }

    /// <summary>A refund's amount stops being refundable the moment it is recorded, whoever started it.</summary>
    private PaymentRefund AddRefund(PaymentRefund refund)
    {
        Refunds.Add(refund);
        AmountRefunded += refund.Amount;
        UpdatedAt = refund.CreatedAt;
        return refund;
    }

    /// <summary>The provider's answer to a refund of ours; false when it was already known (a webhook came first).</summary>
    public bool CompleteRefund(PaymentRefund refund, string providerRefundId, long amountMinor, string status, DateTimeOffset at)
    {
        if (!RefundStatus.IsUnsettled(refund)) return false;
        var given = MinorUnits.ToAmount(amountMinor, Currency);
        refund.ProviderRefundId = providerRefundId;
        refund.Status = status;
        AmountRefunded += given - refund.Amount;
        refund.Amount = given;
        UpdatedAt = at;
        return true;
    }

    /// <summary>The provider refused: nothing was given back, so the amount is refundable again.</summary>
    public void AbandonRefund(PaymentRefund refund, DateTimeOffset at)
    {
        if (!RefundStatus.IsUnsettled(refund)) return;
        refund.Status = RefundStatus.Failed;
        AmountRefunded -= refund.Amount;
        UpdatedAt = at;
    }

    /// <summary>A refund the provider reports as failed gives its amount back to the refundable balance.</summary>
    public bool RecordRefundFailure(string providerRefundId, string status, DateTimeOffset at)
    {
        var refund = Refunds.FirstOrDefault(r => r.ProviderRefundId == providerRefundId);
        if (refund is null || refund.Status is "failed" or "canceled") return false;
        refund.Status = status;
        AmountRefunded -= refund.Amount;
        UpdatedAt = at;
        return true;
    }
}
