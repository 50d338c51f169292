namespace QommerceHub.Contracts;

/// <summary>
/// An order's place in the store's workflow, as the public API's <c>status</c> and <see cref="OrderStatusChanged"/>
/// carry it: the one vocabulary every service reads.
/// </summary>
public static class OrderStatuses
{
    public const string Pending = "pending";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    /// <summary>In the order the workflow goes, which is also how the dashboard lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Pending, Processing, Completed, Cancelled];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value);
}
