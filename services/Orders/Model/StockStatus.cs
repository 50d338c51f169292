namespace QommerceHub.Orders.Model;

/// <summary>What Catalog holds for the order: asked for, held, refused, or given back.</summary>
public static class StockStatus
{
    public const string Reserving = "reserving";
    public const string Reserved = "reserved";
    public const string Rejected = "rejected";
    public const string Released = "released";
}
