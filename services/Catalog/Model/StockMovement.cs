namespace QommerceHub.Catalog.Model;

/// <summary>One change to an item's stock, before it is written to the ledger.</summary>
public sealed record StockMovement(string Reason, int OnHandChange, int ReservedChange, string? Reference, string Actor)
{
    /// <summary>Actor of movements caused by other services' events rather than a person.</summary>
    public const string SystemActor = "system";

    public static string OrderReference(int orderId) => $"order:{orderId}";

    public static StockMovement Opening(int quantity, string reason, string actor) =>
        new(reason, quantity, 0, null, actor);

    public static StockMovement Adjustment(string reason, int delta, string? reference, string actor) =>
        new(reason, delta, 0, reference, actor);

    /// <summary>A physical count replaces on-hand; the ledger records the difference.</summary>
    public static StockMovement Counted(StockLevel current, int counted, string reason, string? reference, string actor) =>
        new(reason, counted - current.OnHand, 0, reference, actor);

    public static StockMovement Reservation(int orderId, int quantity) =>
        new(StockReason.Reservation, 0, quantity, OrderReference(orderId), SystemActor);

    public static StockMovement Release(int orderId, int quantity) =>
        new(StockReason.Release, 0, -quantity, OrderReference(orderId), SystemActor);

    /// <summary>A completed order takes the reserved units off the shelf.</summary>
    public static StockMovement Sale(int orderId, int quantity) =>
        new(StockReason.Sale, -quantity, -quantity, OrderReference(orderId), SystemActor);
}
