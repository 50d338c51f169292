using System.Collections.Concurrent;

namespace QommerceHub.Orders.Services;

/// <summary>
/// In-process wake-up calls for placements waiting on their reservation outcome: the saga signals after its commit,
/// so the waiting request re-reads the order at once instead of polling. Another instance's saga is not heard here;
/// the waiter's periodic re-check covers that.
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

    public void Settled(int orderId)
    {
        if (watches.TryGetValue(orderId, out var watch)) watch.Signal();
    }
}

public sealed class ReservationWatch(Action onDispose) : IDisposable
{
    private TaskCompletionSource signal = NewSignal();

    internal void Signal() => Volatile.Read(ref signal).TrySetResult();

    /// <summary>Returns when signalled, after <paramref name="timeout"/>, or on cancellation; never throws for those.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref signal);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(current.Task, Task.Delay(timeout, clock, stop.Token));
        await stop.CancelAsync();
        // A consumed signal is replaced, so the next wait blocks until the next one.
        if (current.Task.IsCompleted) Interlocked.CompareExchange(ref signal, NewSignal(), current);
    }

    public void Dispose() => onDispose();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
