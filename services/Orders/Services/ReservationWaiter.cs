using System.Collections.Concurrent;
using QommerceHub.Orders.Model;

namespace QommerceHub.Orders.Services;

/// <summary>
/// In-process hand-over for placements waiting on their reservation outcome: the saga passes the order as it committed
/// it, so the waiting request answers without reading it again. Another instance's saga is not heard here; the
/// waiter's periodic re-read covers that.
/// </summary>
public sealed class ReservationWaiter
{
    private readonly ConcurrentDictionary<int, ReservationWatch> watches = new();

    public ReservationWatch Watch(int orderId)
    {
        var watch = new ReservationWatch(() => watches.TryRemove(orderId, out _));
        watches[orderId] = watch;
        return watch;
    }

    /// <summary>Called after the saga's commit; the saga's unit of work is over, so nothing changes the order after this.</summary>
    public void Settled(Order order)
    {
        if (watches.TryGetValue(order.Id, out var watch)) watch.Signal(order);
    }
}

public sealed class ReservationWatch(Action onDispose) : IDisposable
{
    private TaskCompletionSource<Order> signal = NewSignal();

    internal void Signal(Order order) => Volatile.Read(ref signal).TrySetResult(order);

    /// <summary>
    /// The order as the saga committed it when signalled; null after <paramref name="timeout"/> or on cancellation
    /// (never throws for those).
    /// </summary>
    public async Task<Order?> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref signal);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(current.Task, Task.Delay(timeout, clock, stop.Token));
        await stop.CancelAsync();
        if (!current.Task.IsCompleted) return null;
        // A consumed signal is replaced, so the next wait blocks until the next one.
        Interlocked.CompareExchange(ref signal, NewSignal(), current);
        return current.Task.Result;
    }

    public void Dispose() => onDispose();

    private static TaskCompletionSource<Order> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
