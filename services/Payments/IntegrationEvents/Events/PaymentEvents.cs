using QommerceHub.Contracts;
using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.IntegrationEvents.Events;

/// <summary>The events Payments publishes (through the outbox), built from a payment's state.</summary>
public static class PaymentEvents
{
    public static PaymentSucceeded Succeeded(Payment payment) => new()
    {
        TenantId = payment.TenantId,
        OrderId = payment.OrderId,
        PaymentIntentId = payment.PaymentIntentId,
        Amount = payment.Amount,
        Currency = payment.Currency,
        Simulated = payment.IsSimulated,
    };

    public static PaymentFailed Failed(Payment payment, string reason) => new()
    {
        TenantId = payment.TenantId,
        OrderId = payment.OrderId,
        PaymentIntentId = payment.PaymentIntentId,
        Reason = reason,
        Simulated = payment.IsSimulated,
    };

    public static PaymentRefunded Refunded(Payment payment, PaymentRefund refund) => new()
    {
        TenantId = payment.TenantId,
        OrderId = payment.OrderId,
        PaymentIntentId = payment.PaymentIntentId,
        Amount = refund.Amount,
        TotalRefunded = payment.AmountRefunded,
        FullyRefunded = payment.IsFullyRefunded,
        Reason = refund.Reason,
        Simulated = payment.IsSimulated,
    };
}
