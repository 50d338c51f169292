namespace QommerceHub.Orders.Model;

/// <summary>The order's place in the store's workflow (the seed's <c>status</c> values).</summary>
public static class OrderStatus
{
    public const string Pending = "pending";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Pending, Processing, Completed, Cancelled];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value);
}
