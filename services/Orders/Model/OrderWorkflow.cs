namespace QommerceHub.Orders.Model;

/// <summary>Why a status change is refused, and where the order may go instead.</summary>
public sealed record TransitionRefusal(string Message, IReadOnlyList<string> Allowed);

/// <summary>
/// The store's order workflow: pending → processing → completed, and pending or processing → cancelled.
/// An order whose stock is still being reserved may only be cancelled.
/// </summary>
public static class OrderWorkflow
{
    private static readonly Dictionary<string, string[]> next = new()
    {
        [OrderStatus.Pending] = [OrderStatus.Processing, OrderStatus.Cancelled],
        [OrderStatus.Processing] = [OrderStatus.Completed, OrderStatus.Cancelled],
        [OrderStatus.Completed] = [],
        [OrderStatus.Cancelled] = [],
    };

    public static IReadOnlyList<string> AllowedNext(string status, string stockStatus) =>
        status == OrderStatus.Pending && stockStatus == StockStatus.Reserving
            ? [OrderStatus.Cancelled]
            : next.GetValueOrDefault(status, []);

    /// <summary>Null when the move is allowed; otherwise the refusal to show the client.</summary>
    public static TransitionRefusal? Check(string status, string stockStatus, string target)
    {
        var allowed = AllowedNext(status, stockStatus);
        if (allowed.Contains(target)) return null;

        var message = (status, target) switch
        {
            _ when status == target => $"The order is already {status}",
            (OrderStatus.Completed or OrderStatus.Cancelled, _) => $"A {status} order cannot change status",
            (OrderStatus.Pending, OrderStatus.Processing) => "The order's stock is still being reserved; it can be processed once reserved",
            _ => $"An order cannot move from {status} to {target}",
        };
        return new TransitionRefusal(message, allowed);
    }
}
