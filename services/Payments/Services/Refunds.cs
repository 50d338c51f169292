using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.IntegrationEvents.Events;
using QommerceHub.Payments.Model;
using QommerceHub.Payments.Providers;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Payments.Services;

/// <summary>
/// Gives money back. Every refund is recorded under its idempotency key before the provider is asked with that key,
/// so a failure after the provider paid cannot lose the record and a retry finishes the same refund instead of
/// paying again. The caller holds the payment's lock (see <see cref="PaymentLocks"/>).
/// </summary>
public sealed class Refunds(PaymentsDbContext db, IPaymentProvider provider, TimeProvider clock, ILogger<Refunds> logger)
{
    public const string CancelledOrderReason = "order_cancelled";

    /// <summary>
    /// A refund asked for through the API, in two commits: the refund is recorded (amount set aside) and committed,
    /// then the provider is asked and its answer recorded. The same client key answers the same refund. Refunds left
    /// unsettled by an earlier failure are asked again with their own keys on the way, which pays nothing twice.
    /// </summary>
    public async Task<Outcome<PaymentRefund>> RefundOnRequestAsync(
        string paymentIntentId, decimal? amount, string? reason, string? clientKey, int tenantId, CancellationToken cancellationToken)
    {
        long refundId;
        List<(long RefundId, RefundInstruction Instruction)> toSettle;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var payment = await db.LockByIntentAsync(paymentIntentId, cancellationToken);
            if (payment is null) return Outcome.NotFound<PaymentRefund>("Payment");
            var key = clientKey is null
                ? $"qommercehub-refund-{tenantId}-{payment.OrderId}-{payment.Refunds.Count + 1}"
                : $"qommercehub-refund-{tenantId}-{payment.OrderId}-client-{clientKey}";
            var refund = payment.Refunds.FirstOrDefault(r => r.IdempotencyKey == key);
            if (refund?.Status == RefundStatus.Failed) return Outcome.Conflict<PaymentRefund>("The provider refused this refund");
            if (refund is not null && !RefundStatus.IsUnsettled(refund)) return Outcome.Ok(refund);
            if (refund is null)
            {
                var started = Start(payment, amount, reason, RefundInitiator.Staff, key);
                if (!started.Succeeded) return started;
                refund = started.Value!;
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            refundId = refund.Id;
            toSettle = payment.Refunds.Where(RefundStatus.IsUnsettled).Select(r => (r.Id, Instruction(payment, r))).ToList();
        }

        // The payment's lock is not held while the provider answers; the amounts are already set aside.
        var answers = new List<(long RefundId, ProviderAnswer Answer)>();
        foreach (var (id, instruction) in toSettle) answers.Add((id, await AskAsync(instruction, cancellationToken)));
        db.ChangeTracker.Clear();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var payment = await db.LockByIntentAsync(paymentIntentId, cancellationToken)
                ?? throw new InvalidOperationException($"Payment {paymentIntentId} disappeared while refunding");
            var outcomes = answers.ToDictionary(a => a.RefundId, a => Record(payment, payment.Refunds.Single(r => r.Id == a.RefundId), a.Answer));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcomes[refundId];
        }
    }

    /// <summary>
    /// A paid order that was cancelled gets back whatever is still refundable, once, in the caller's transaction:
    /// the key is the order's, so if that transaction fails after the provider paid, the message's retry asks the
    /// provider again with the same key and records the refund it already made.
    /// </summary>
    public async Task RefundCancelledOrderAsync(Payment payment, CancellationToken cancellationToken)
    {
        var key = $"qommercehub-refund-{payment.TenantId}-{payment.OrderId}-cancelled";
        var refund = payment.Refunds.FirstOrDefault(r => r.IdempotencyKey == key);
        if (refund is null)
        {
            if (payment.Status != PaymentStatus.Succeeded || payment.AmountRemaining <= 0) return;
            if (payment.Refunds.Any(r => r.Initiator == RefundInitiator.OrderCancelled)) return;
            // Never skip a refund silently: failing parks the message in the error queue until the provider is set right.
            if (payment.Mode != provider.Mode)
                throw new InvalidOperationException($"Cannot refund cancelled order {payment.OrderId}: paid in {payment.Mode} mode, running in {provider.Mode} mode");
            var started = Start(payment, null, CancelledOrderReason, RefundInitiator.OrderCancelled, key);
            if (!started.Succeeded)
            {
                logger.LogWarning("Automatic refund of cancelled order {OrderId} was refused: {Error}", payment.OrderId, started.Error);
                return;
            }
            refund = started.Value!;
        }
        if (!RefundStatus.IsUnsettled(refund)) return;

        var outcome = await SettleAsync(payment, refund, cancellationToken);
        if (outcome.Refusal == Refusal.ProviderFailed)
            throw new PaymentProviderException(outcome.Error!, refused: false); // let the message be retried
        if (!outcome.Succeeded)
            logger.LogWarning("Automatic refund of cancelled order {OrderId} was refused: {Error}", payment.OrderId, outcome.Error);
        else
            logger.LogInformation("Refunded {Amount} {Currency} of cancelled order {OrderId}", refund.Amount, payment.Currency, payment.OrderId);
    }

    private Outcome<PaymentRefund> Start(Payment payment, decimal? amount, string? reason, string initiator, string key)
    {
        if (payment.Mode != provider.Mode)
            return Outcome.Conflict<PaymentRefund>($"This payment was taken in {payment.Mode} mode; this service now runs in {provider.Mode} mode");
        var decision = RefundDecision.For(payment, amount);
        if (!decision.IsAllowed)
        {
            var refusal = decision.Verdict == RefundVerdict.NotExact ? Refusal.Invalid : Refusal.Conflict;
            return Outcome.Refuse<PaymentRefund>(refusal, decision.Explanation, new Dictionary<string, object?> { ["amount_remaining"] = decision.Remaining });
        }
        return Outcome.Ok(payment.StartRefund(key, decision.Amount, reason, initiator, clock.GetUtcNow()));
    }

    private async Task<Outcome<PaymentRefund>> SettleAsync(Payment payment, PaymentRefund refund, CancellationToken cancellationToken) =>
        Record(payment, refund, await AskAsync(Instruction(payment, refund), cancellationToken));

    private static RefundInstruction Instruction(Payment payment, PaymentRefund refund) => new(
        payment.TenantId, payment.OrderId, payment.PaymentIntentId, MinorUnits.From(refund.Amount, payment.Currency),
        refund.Reason, refund.IdempotencyKey!);

    private async Task<ProviderAnswer> AskAsync(RefundInstruction instruction, CancellationToken cancellationToken)
    {
        try
        {
            return new ProviderAnswer(await provider.RefundAsync(instruction, cancellationToken), null);
        }
        catch (PaymentProviderException ex)
        {
            return new ProviderAnswer(null, ex);
        }
    }

    /// <summary>
    /// A refusal gives the amount back to the refundable balance; an outage leaves the refund unsettled (the provider
    /// may have paid), to be finished by the next try with the same key.
    /// </summary>
    private Outcome<PaymentRefund> Record(Payment payment, PaymentRefund refund, ProviderAnswer answer)
    {
        var now = clock.GetUtcNow();
        if (answer.Failure is { } failure)
        {
            if (failure.Refused) payment.AbandonRefund(refund, now);
            return Outcome.Refuse<PaymentRefund>(failure.Refused ? Refusal.Conflict : Refusal.ProviderFailed, failure.Message);
        }
        var given = answer.Refund!;
        if (payment.Refunds.FirstOrDefault(r => r.ProviderRefundId == given.Id) is { } counted && counted != refund)
        {
            // Its webhook was counted first as a refund of unknown origin: keep that one, free the amount set aside.
            payment.AbandonRefund(refund, now);
            return Outcome.Ok(counted);
        }
        if (payment.CompleteRefund(refund, given.Id, given.AmountMinor, given.Status, now))
            db.Publish(PaymentEvents.Refunded(payment, refund));
        return Outcome.Ok(refund);
    }

    private sealed record ProviderAnswer(ProviderRefund? Refund, PaymentProviderException? Failure);
}
