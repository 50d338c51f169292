namespace QommerceHub.Payments.Model;

/// <summary>Which provider took a payment: real Stripe, or the simulated one that moves no money.</summary>
public static class PaymentMode
{
    public const string Stripe = "stripe";
    public const string Simulated = "simulated";
}
