namespace QommerceHub.Catalog.Model;

/// <summary>Units on the shelf and the part of them promised to orders; what is left can be sold.</summary>
public readonly record struct StockLevel(int OnHand, int Reserved)
{
    public int Available => OnHand - Reserved;

    /// <summary>The level after a movement, or the reason the movement would break the stock rules.</summary>
    public (StockLevel Next, string? Problem) After(int onHandChange, int reservedChange)
    {
        var onHand = (long)OnHand + onHandChange;
        var reserved = (long)Reserved + reservedChange;
        if (onHand > int.MaxValue) return (this, "Stock on hand would exceed the largest quantity allowed");
        if (onHand < 0) return (this, $"Stock cannot go below zero ({OnHand} on hand, change {onHandChange})");
        if (reserved < 0) return (this, $"Cannot release more than the {Reserved} units reserved");
        if (reserved > onHand)
        {
            return (this, reservedChange > 0
                ? $"Only {Available} units are available to reserve"
                : $"Stock cannot fall below the {Reserved} units reserved for orders");
        }
        return (new StockLevel((int)onHand, (int)reserved), null);
    }
}
