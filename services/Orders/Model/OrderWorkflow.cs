using QommerceHub.Contracts;

namespace QommerceHub.Orders.Model;

/// <summary>Why a status change is refused, and where the order may go instead.</summary>
public sealed record TransitionRefusal(string Message, IReadOnlyList<string> Allowed);

/// <summary>
/// The store's order workflow. As in the original, an order may move between pending, processing, completed and
/// cancelled in any direction, except that completed and cancelled are final (ours: cancelling restocks and refunds,
/// so it cannot be undone). The same status again is a no-op. An order whose stock is still being reserved may
/// only be cancelled.
/// </summary>
public static class OrderWorkflow
{
    public static IReadOnlyList<string> AllowedNext(string status, string stockStatus)
    {
        if (status is OrderStatuses.Completed or OrderStatuses.Cancelled) return [];
        if (status == OrderStatuses.Pending && stockStatus == StockStatus.Reserving) return [OrderStatuses.Cancelled];
        return OrderStatuses.All.Where(s => s != status).ToList();
    }

    /// <summary>True when the order already has the status asked for: the answer is the order, unchanged.</summary>
    public static bool IsNoOp(string status, string target) => status == target;

    /// <summary>Null when the move is allowed; otherwise the refusal to show the client.</summary>
    public static TransitionRefusal? Check(string status, string stockStatus, string target)
    {
        if (IsNoOp(status, target)) return null;
        var allowed = AllowedNext(status, stockStatus);
        if (allowed.Contains(target)) return null;

        var message = status is OrderStatuses.Completed or OrderStatuses.Cancelled
            ? $"A {status} order cannot change status"
            : "The order's stock is still being reserved; it can only be cancelled until then";
        return new TransitionRefusal(message, allowed);
    }
}
