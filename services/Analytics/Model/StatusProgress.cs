using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Model;

/// <summary>
/// Which of two order statuses is the current one when events arrive out of order. Completed and cancelled are final,
/// so the furthest of those seen wins; between pending and processing an order may move either way, and the later
/// change wins (<see cref="OrderFact.MoveTo"/>).
/// </summary>
public static class StatusProgress
{
    public static bool IsFinal(string status) => status is OrderStatuses.Completed or OrderStatuses.Cancelled;

    public static bool IsKnown(string? status) => status is not null && OrderStatuses.IsKnown(Normalize(status));

    public static string Normalize(string status) => status.Trim().ToLowerInvariant();

    /// <summary>The later of two statuses; completed and cancelled are both final and never follow each other.</summary>
    public static string Furthest(string current, string next) =>
        Rank(Normalize(next)) > Rank(current) ? Normalize(next) : current;

    private static int Rank(string status) => status switch
    {
        OrderStatuses.Pending => 0,
        OrderStatuses.Processing => 1,
        OrderStatuses.Completed => 2,
        OrderStatuses.Cancelled => 3,
        _ => -1,
    };
}
