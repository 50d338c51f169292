namespace QommerceHub.Orders.Model;

/// <summary>One line Catalog could not hold: how many were asked for and how many it had.</summary>
public sealed class StockShortfallLine
{
    public int ProductId { get; init; }
    public int Requested { get; init; }
    public int Available { get; init; }
}
