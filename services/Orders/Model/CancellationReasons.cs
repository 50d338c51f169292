namespace QommerceHub.Orders.Model;

public static class CancellationReasons
{
    /// <summary>Catalog could not hold every line.</summary>
    public const string InsufficientStock = "insufficient_stock";

    /// <summary>Someone at the store cancelled the order.</summary>
    public const string CancelledByStore = "cancelled_by_store";
}
