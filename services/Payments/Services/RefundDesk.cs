using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.IntegrationEvents.Events;
using QommerceHub.Payments.Model;
using QommerceHub.Payments.Providers;

namespace QommerceHub.Payments.Services;

/// <summary>
/// Gives money back on a payment the caller has locked (see <see cref="PaymentLocks"/>): checks the amount against
/// what is still refundable, asks the provider, records the refund once and queues <c>PaymentRefunded</c>.
/// </summary>
public sealed class RefundDesk(PaymentsDbContext db, IPaymentProvider provider, TimeProvider clock, ILogger<RefundDesk> logger)
{
    public const string CancelledOrderReason = "order_cancelled";

    public async Task<Outcome<PaymentRefund>> RefundAsync(
        Payment payment, decimal? amount, string? reason, string initiator, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (payment.Mode != provider.Mode)
            return Outcome.Conflict<PaymentRefund>($"This payment was taken in {payment.Mode} mode; this service now runs in {provider.Mode} mode");
        var decision = RefundDecision.For(payment, amount);
        if (!decision.IsAllowed)
        {
            var status = decision.Verdict == RefundVerdict.NotExact ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
            return Outcome.Fail<PaymentRefund>(status, decision.Explanation, new Dictionary<string, object?> { ["amount_remaining"] = decision.Remaining });
        }

        ProviderRefund given;
        try
        {
            given = await provider.RefundAsync(new RefundInstruction(
                payment.TenantId, payment.OrderId, payment.PaymentIntentId,
                MinorUnits.From(decision.Amount, payment.Currency), reason, idempotencyKey), cancellationToken);
        }
        catch (PaymentProviderException ex)
        {
            return Outcome.Fail<PaymentRefund>(ex.Refused ? StatusCodes.Status409Conflict : StatusCodes.Status502BadGateway, ex.Message);
        }

        var refund = payment.RecordRefund(given.Id, MinorUnits.ToAmount(given.AmountMinor, payment.Currency), given.Status, reason, initiator, clock.GetUtcNow());
        if (refund is not null) db.Publish(PaymentEvents.Refunded(payment, refund));
        return Outcome.Ok<PaymentRefund>(refund ?? payment.Refunds.First(r => r.ProviderRefundId == given.Id));
    }

    /// <summary>
    /// A paid order that was cancelled gets back whatever is still refundable, once: the idempotency key is the
    /// order's, and a refund already made for the cancellation is not repeated.
    /// </summary>
    public async Task RefundCancelledOrderAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (payment.Status != PaymentStatus.Succeeded || payment.AmountRemaining <= 0) return;
        if (payment.Refunds.Any(r => r.Initiator == RefundInitiator.OrderCancelled)) return;
        // Never skip a refund silently: failing parks the message in the error queue until the provider is set right.
        if (payment.Mode != provider.Mode)
            throw new InvalidOperationException($"Cannot refund cancelled order {payment.OrderId}: paid in {payment.Mode} mode, running in {provider.Mode} mode");

        var outcome = await RefundAsync(payment, null, CancelledOrderReason, RefundInitiator.OrderCancelled,
            $"qommercehub-refund-{payment.TenantId}-{payment.OrderId}-cancelled", cancellationToken);
        if (outcome.Status == StatusCodes.Status502BadGateway)
            throw new PaymentProviderException(outcome.Error!, refused: false); // let the message be retried
        if (!outcome.Succeeded)
            logger.LogWarning("Automatic refund of cancelled order {OrderId} was refused: {Error}", payment.OrderId, outcome.Error);
        else
            logger.LogInformation("Refunded {Amount} {Currency} of cancelled order {OrderId}", outcome.Value!.Amount, payment.Currency, payment.OrderId);
    }
}
