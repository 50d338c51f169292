namespace QommerceHub.Catalog.Model;

/// <summary>When an item counts as low, and when that deserves an alert.</summary>
public static class LowStockRule
{
    public static bool IsLow(int available, int threshold) => available <= threshold;

    /// <summary>Alert once when the item goes from not-low to low, not on every sale while it stays low.</summary>
    public static bool CrossedDownward(bool wasLow, bool isLow) => !wasLow && isLow;
}
