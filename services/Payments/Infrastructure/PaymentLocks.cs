using Microsoft.EntityFrameworkCore;
using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Infrastructure;

public static class PaymentLocks
{
    /// <summary>
    /// Loads the payment with its refunds and locks its row until the transaction ends, so a webhook, a refund
    /// and a simulated charge on the same payment apply one after the other. Requires an open transaction.
    /// </summary>
    public static async Task<Payment?> LockByIntentAsync(this PaymentsDbContext db, string paymentIntentId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Locking a payment needs an open transaction");
        var payment = await db.Payments
            .FromSql($"SELECT * FROM payments.payments WHERE payment_intent_id = {paymentIntentId} FOR UPDATE")
            .FirstOrDefaultAsync(cancellationToken);
        if (payment is not null) await db.Entry(payment).Collection(p => p.Refunds).LoadAsync(cancellationToken);
        return payment;
    }

    public static async Task<Payment?> LockByOrderAsync(this PaymentsDbContext db, int orderId, CancellationToken cancellationToken)
    {
        var paymentIntentId = await db.Payments.Where(p => p.OrderId == orderId).Select(p => p.PaymentIntentId).FirstOrDefaultAsync(cancellationToken);
        return paymentIntentId is null ? null : await db.LockByIntentAsync(paymentIntentId, cancellationToken);
    }
}
