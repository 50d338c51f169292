namespace QommerceHub.Payments.Model;

public enum RefundVerdict
{
    Allowed,
    NotPaid,
    NothingLeft,
    ExceedsRemaining,
    NotExact,
}

/// <summary>Whether a refund may go ahead and for how much: never more than was paid and not yet given back.</summary>
public sealed record RefundDecision(RefundVerdict Verdict, decimal Amount, decimal Remaining)
{
    public bool IsAllowed => Verdict == RefundVerdict.Allowed;

    public string Explanation => Verdict switch
    {
        RefundVerdict.NotPaid => "The payment has not succeeded, so there is nothing to refund",
        RefundVerdict.NothingLeft => "The payment has already been fully refunded",
        RefundVerdict.ExceedsRemaining => $"The refund exceeds the amount still refundable ({Remaining:0.00})",
        RefundVerdict.NotExact => "The amount has more decimal places than the currency allows",
        _ => "The refund is allowed",
    };

    /// <param name="requested">Major units; null means everything still refundable.</param>
    public static RefundDecision For(Payment payment, decimal? requested)
    {
        var remaining = payment.AmountRemaining;
        if (payment.Status != PaymentStatus.Succeeded) return new(RefundVerdict.NotPaid, 0, remaining);
        if (remaining <= 0) return new(RefundVerdict.NothingLeft, 0, 0);
        var amount = requested ?? remaining;
        if (!MinorUnits.IsExact(amount, payment.Currency)) return new(RefundVerdict.NotExact, amount, remaining);
        if (amount > remaining) return new(RefundVerdict.ExceedsRemaining, amount, remaining);
        return new(RefundVerdict.Allowed, amount, remaining);
    }
}
