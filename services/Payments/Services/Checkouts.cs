using Microsoft.EntityFrameworkCore;
using Npgsql;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.Model;
using QommerceHub.Payments.Providers;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Payments.Services;

public sealed record OpenIntent(Payment Payment, string ClientSecret);

/// <summary>Opens the one payment intent an order may have, for the amount in Payments' replica of the order.</summary>
public sealed class Checkouts(PaymentsDbContext db, IPaymentProvider provider, TenantContext tenant, TimeProvider clock)
{
    public async Task<Outcome<OpenIntent>> OpenIntentAsync(int orderId, CancellationToken cancellationToken)
    {
        var order = await db.PayableOrders.AsNoTracking().FirstOrDefaultAsync(o => o.OrderId == orderId, cancellationToken);
        if (order is null) return Outcome.NotFound<OpenIntent>("Order");
        if (order.IsCancelled) return Outcome.Conflict<OpenIntent>("A cancelled order cannot be paid");
        if (!order.IsConfirmed) return Outcome.Conflict<OpenIntent>("The order is not confirmed yet: its stock is still being reserved");

        var existing = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.OrderId == orderId, cancellationToken);
        if (existing is not null) return await ReopenAsync(existing, cancellationToken);

        // The key is the order's, so a retried or concurrent call gets Stripe's first intent back, not a second charge.
        var intent = await provider.CreateIntentAsync(new IntentInstruction(
            tenant.Id, orderId, MinorUnits.From(order.Amount, order.Currency), order.Currency,
            $"qommercehub-intent-{tenant.Id}-{orderId}", order.CustomerEmail), cancellationToken);
        var now = clock.GetUtcNow();
        var payment = new Payment
        {
            TenantId = tenant.Id,
            OrderId = orderId,
            PaymentIntentId = intent.Id,
            Mode = provider.Mode,
            Amount = order.Amount,
            Currency = order.Currency,
            Status = PaymentStatus.RequiresPaymentMethod,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Payments.Add(payment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent call for the same order won: answer with its intent.
            db.Entry(payment).State = EntityState.Detached;
            var winner = await db.Payments.AsNoTracking().FirstAsync(p => p.OrderId == orderId, cancellationToken);
            return await ReopenAsync(winner, cancellationToken);
        }
        return Outcome.Ok<OpenIntent>(new OpenIntent(payment, intent.ClientSecret));
    }

    /// <summary>A second call for the same order answers with the intent it already has.</summary>
    private async Task<Outcome<OpenIntent>> ReopenAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (payment.Status == PaymentStatus.Succeeded) return Outcome.Conflict<OpenIntent>("The order has already been paid");
        if (payment.Status == PaymentStatus.Canceled) return Outcome.Conflict<OpenIntent>("The order's payment was cancelled");
        if (payment.Mode != provider.Mode)
            return Outcome.Conflict<OpenIntent>($"The order's payment was started in {payment.Mode} mode; this service now runs in {provider.Mode} mode");
        var intent = await provider.GetIntentAsync(payment.PaymentIntentId, cancellationToken);
        return Outcome.Ok<OpenIntent>(new OpenIntent(payment, intent.ClientSecret));
    }
}
