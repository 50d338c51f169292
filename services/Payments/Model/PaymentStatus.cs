namespace QommerceHub.Payments.Model;

/// <summary>A payment intent's state, named as Stripe names it so both providers read the same.</summary>
public static class PaymentStatus
{
    public const string RequiresPaymentMethod = "requires_payment_method";
    public const string Processing = "processing";
    public const string Succeeded = "succeeded";
    public const string Canceled = "canceled";
}
