namespace QommerceHub.Analytics.Model;

/// <summary>
/// The public API's order statuses. Completed and cancelled are final, so the furthest of those seen is the current
/// one whatever order the events arrive in; between pending and processing an order may move either way, and the
/// later change wins (<see cref="OrderFact.MoveTo"/>).
/// </summary>
public static class OrderStatuses
{
    public const string Pending = "pending";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    /// <summary>The order in which the dashboard lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Pending, Processing, Completed, Cancelled];

    public static bool IsFinal(string status) => status is Completed or Cancelled;

    public static bool IsKnown(string? status) => status is not null && All.Contains(Normalize(status));

    public static string Normalize(string status) => status.Trim().ToLowerInvariant();

    /// <summary>The later of two statuses; completed and cancelled are both final and never follow each other.</summary>
    public static string Furthest(string current, string next) =>
        Rank(Normalize(next)) > Rank(current) ? Normalize(next) : current;

    private static int Rank(string status) => status switch
    {
        Pending => 0,
        Processing => 1,
        Completed => 2,
        Cancelled => 3,
        _ => -1,
    };
}
