namespace QommerceHub.Orders.Model;

/// <summary>Money received for the order, as Payments reports it.</summary>
public static class PaymentStatus
{
    public const string Unpaid = "unpaid";
    public const string Paid = "paid";
    public const string PartiallyRefunded = "partially_refunded";
    public const string Refunded = "refunded";

    /// <summary>
    /// Payment states only move forward, so events arriving late or out of order (a refund before its payment)
    /// can never undo a later state.
    /// </summary>
    public static int Rank(string status) => status switch
    {
        Paid => 1,
        PartiallyRefunded => 2,
        Refunded => 3,
        _ => 0,
    };
}
