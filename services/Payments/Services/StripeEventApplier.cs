using Microsoft.EntityFrameworkCore;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.IntegrationEvents.Events;
using QommerceHub.Payments.Model;
using QommerceHub.Payments.Providers;
using Stripe;

namespace QommerceHub.Payments.Services;

/// <summary>
/// Applies one verified Stripe event to a locked payment. Every step only moves forward, so a late failure cannot
/// undo a success, and a refund is counted once by its id whichever of the API call or the webhook comes first.
/// </summary>
public sealed class StripeEventApplier(PaymentsDbContext db, Refunds refunds, TimeProvider clock)
{
    /// <returns>True when the payment changed.</returns>
    public async Task<bool> ApplyAsync(Event stripeEvent, Payment payment, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        switch (stripeEvent.Type, stripeEvent.Data.Object)
        {
            case (EventTypes.PaymentIntentSucceeded, PaymentIntent):
                return await SucceedAsync(payment, cancellationToken);
            case (EventTypes.PaymentIntentPaymentFailed, PaymentIntent intent):
                var reason = intent.LastPaymentError?.DeclineCode ?? intent.LastPaymentError?.Code ?? "payment_failed";
                if (!payment.RecordFailure(reason, now)) return false;
                db.Publish(PaymentEvents.Failed(payment, reason));
                return true;
            case (EventTypes.PaymentIntentProcessing, PaymentIntent):
                return payment.RecordProcessing(now);
            case (EventTypes.PaymentIntentCanceled, PaymentIntent):
                return payment.RecordCancellation(now);
            case (EventTypes.RefundCreated or EventTypes.RefundUpdated or EventTypes.RefundFailed, Refund refund):
                return ApplyRefund(payment, refund);
            default:
                return false;
        }
    }

    private async Task<bool> SucceedAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (!payment.RecordSuccess(clock.GetUtcNow())) return false;
        db.Publish(PaymentEvents.Succeeded(payment));
        // The customer paid after the order was cancelled: give the money back straight away.
        var cancelled = await db.PayableOrders.AnyAsync(o => o.OrderId == payment.OrderId && o.CancelledAt != null, cancellationToken);
        if (cancelled) await refunds.RefundCancelledOrderAsync(payment, cancellationToken);
        return true;
    }

    private bool ApplyRefund(Payment payment, Refund refund)
    {
        if (refund.Status is "failed" or "canceled")
            return payment.RecordRefundFailure(refund.Id, refund.Status, clock.GetUtcNow());

        // A refund proves the charge: if its success event is still on the way, count the payment as paid now.
        var changed = payment.RecordSuccess(clock.GetUtcNow());
        if (changed) db.Publish(PaymentEvents.Succeeded(payment));
        // Ours, recorded before Stripe was asked and not yet settled because its answer is still on the way (or lost).
        var key = refund.Metadata?.GetValueOrDefault(ProviderMetadata.RefundKey);
        if (key is not null && payment.Refunds.FirstOrDefault(r => r.IdempotencyKey == key) is { } ours)
        {
            if (!payment.CompleteRefund(ours, refund.Id, refund.Amount, refund.Status ?? "pending", clock.GetUtcNow())) return changed;
            db.Publish(PaymentEvents.Refunded(payment, ours));
            return true;
        }
        var reason = refund.Metadata?.GetValueOrDefault(ProviderMetadata.Reason) ?? refund.Reason;
        var recorded = payment.RecordRefund(refund.Id, MinorUnits.ToAmount(refund.Amount, payment.Currency),
            refund.Status ?? "pending", reason, RefundInitiator.Provider, clock.GetUtcNow());
        if (recorded is null) return changed;
        db.Publish(PaymentEvents.Refunded(payment, recorded));
        return true;
    }
}
