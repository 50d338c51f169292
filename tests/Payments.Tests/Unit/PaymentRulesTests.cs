using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Tests.Unit;

public sealed class PaymentRulesTests
{
    private static readonly DateTimeOffset now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Success_is_recorded_once_and_a_late_failure_cannot_undo_it()
    {
        var payment = NewPayment(50m);

        Assert.True(payment.RecordSuccess(now));
        Assert.False(payment.RecordSuccess(now));
        Assert.False(payment.RecordFailure("generic_decline", now));
        Assert.False(payment.RecordCancellation(now));
        Assert.Equal(PaymentStatus.Succeeded, payment.Status);
    }

    [Fact]
    public void Failure_leaves_the_payment_open_for_another_card()
    {
        var payment = NewPayment(50m);

        Assert.True(payment.RecordFailure("insufficient_funds", now));
        Assert.True(payment.RecordSuccess(now));

        Assert.Equal((PaymentStatus.Succeeded, 1, (string?)null), (payment.Status, payment.FailedAttempts, payment.FailureReason));
    }

    [Fact]
    public void Each_provider_refund_counts_once_and_a_failed_refund_gives_its_amount_back()
    {
        var payment = Paid(30m);

        Assert.NotNull(payment.RecordRefund("re_1", 10m, "succeeded", null, RefundInitiator.Staff, now));
        Assert.Null(payment.RecordRefund("re_1", 10m, "succeeded", null, RefundInitiator.Provider, now));
        Assert.Equal((10m, 20m), (payment.AmountRefunded, payment.AmountRemaining));

        Assert.True(payment.RecordRefundFailure("re_1", "failed", now));
        Assert.False(payment.RecordRefundFailure("re_1", "failed", now));
        Assert.Equal(0m, payment.AmountRefunded);
    }

    [Theory]
    [InlineData(null, RefundVerdict.Allowed, 30)]
    [InlineData("12.50", RefundVerdict.Allowed, 12.50)]
    [InlineData("30", RefundVerdict.Allowed, 30)]
    [InlineData("30.01", RefundVerdict.ExceedsRemaining, 30.01)]
    [InlineData("1.005", RefundVerdict.NotExact, 1.005)]
    public void Refund_is_allowed_up_to_what_was_paid(string? requested, RefundVerdict verdict, double expectedAmount)
    {
        var decision = RefundDecision.For(Paid(30m), requested is null ? null : decimal.Parse(requested, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(verdict, decision.Verdict);
        Assert.Equal((decimal)expectedAmount, decision.Amount);
    }

    [Fact]
    public void Nothing_is_refundable_before_payment_or_after_a_full_refund()
    {
        var refunded = Paid(8m);
        refunded.RecordRefund("re_all", 8m, "succeeded", null, RefundInitiator.Staff, now);

        Assert.Equal(RefundVerdict.NotPaid, RefundDecision.For(NewPayment(8m), null).Verdict);
        Assert.Equal(RefundVerdict.NothingLeft, RefundDecision.For(refunded, 1m).Verdict);
        Assert.True(refunded.IsFullyRefunded);
    }

    private static Payment Paid(decimal amount)
    {
        var payment = NewPayment(amount);
        payment.RecordSuccess(now);
        return payment;
    }

    private static Payment NewPayment(decimal amount) => new()
    {
        TenantId = 1,
        OrderId = 7,
        PaymentIntentId = "pi_unit",
        Mode = PaymentMode.Stripe,
        Amount = amount,
        Currency = "USD",
    };
}
