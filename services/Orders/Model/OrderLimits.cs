namespace QommerceHub.Orders.Model;

/// <summary>Bounds that keep one order a sane unit of work for the saga and the invoice.</summary>
public static class OrderLimits
{
    public const int MaxLines = 100;
    public const int MaxQuantity = 10_000;
    public const int NotesMax = 1000;
}
