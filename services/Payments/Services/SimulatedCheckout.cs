using Microsoft.EntityFrameworkCore;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.IntegrationEvents.Events;
using QommerceHub.Payments.Model;
using QommerceHub.Payments.Providers;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Payments.Services;

public sealed record SimulatedCharge(Payment Payment, CardOutcome Card);

/// <summary>
/// The simulated provider's stand-in for Stripe's checkout and webhook: charging a test card records the outcome
/// and queues the same events a verified Stripe webhook would.
/// </summary>
public sealed class SimulatedCheckout(PaymentsDbContext db, IPaymentProvider provider, TimeProvider clock)
{
    public async Task<Outcome<SimulatedCharge>> ChargeAsync(string paymentIntentId, CardOutcome card, CancellationToken cancellationToken)
    {
        if (provider.Mode != PaymentMode.Simulated)
            return Outcome.Refuse<SimulatedCharge>(Refusal.NotFound, "The simulated checkout is off: this service takes payments through Stripe");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var payment = await db.LockByIntentAsync(paymentIntentId, cancellationToken);
        if (payment is null) return Outcome.NotFound<SimulatedCharge>("Payment");
        var refusal = await RefusalAsync(payment, cancellationToken);
        if (refusal is not null) return Outcome.Conflict<SimulatedCharge>(refusal);

        var now = clock.GetUtcNow();
        if (card.Succeeds)
        {
            if (payment.RecordSuccess(now)) db.Publish(PaymentEvents.Succeeded(payment));
        }
        else if (payment.RecordFailure(card.DeclineCode!, now))
        {
            db.Publish(PaymentEvents.Failed(payment, card.DeclineCode!));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Outcome.Ok<SimulatedCharge>(new SimulatedCharge(payment, card));
    }

    private async Task<string?> RefusalAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (!payment.IsSimulated) return "This payment goes through Stripe; it cannot be charged by the simulated checkout";
        if (payment.Status == PaymentStatus.Succeeded) return "The order has already been paid";
        if (payment.Status == PaymentStatus.Canceled) return "The order's payment was cancelled";
        // Read after the payment lock, so a cancellation committed meanwhile is seen.
        var cancelled = await db.PayableOrders.AnyAsync(o => o.OrderId == payment.OrderId && o.CancelledAt != null, cancellationToken);
        return cancelled ? "A cancelled order cannot be paid" : null;
    }
}
