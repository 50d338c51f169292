using System.Collections.Concurrent;
using MassTransit;
using QommerceHub.Contracts;

namespace QommerceHub.Testing;

/// <summary>
/// Counts how many times a service's consumers have finished with each event (a skipped duplicate included), and the
/// last fault of each, so a test knows a (re)delivery was handled before it checks that nothing changed.
/// </summary>
public sealed class ConsumedMessages : IConsumeObserver, IDisposable
{
    private readonly ConcurrentDictionary<Guid, int> finished = new();
    private readonly ConcurrentDictionary<Guid, string> faults = new();
    private ConnectHandle? handle;

    public static ConsumedMessages Observe(IBus bus)
    {
        var observer = new ConsumedMessages();
        observer.handle = bus.ConnectConsumeObserver(observer);
        return observer;
    }

    public int Count(Guid messageId) => finished.GetValueOrDefault(messageId);

    public string? Fault(Guid messageId) => faults.GetValueOrDefault(messageId);

    /// <summary>Waits until the event has been handled at least <paramref name="times"/> times in all.</summary>
    public Task WaitUntilHandled(IntegrationEvent message, int times = 1, TimeSpan? timeout = null) =>
        Eventually.Until(() => Task.FromResult(Count(message.MessageId)), n => n >= times, timeout ?? TimeSpan.FromSeconds(15),
            $"{message.GetType().Name} {message.MessageId} handled {times} time(s){(Fault(message.MessageId) is { } fault ? $" (last fault: {fault})" : "")}");

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is IntegrationEvent message) finished.AddOrUpdate(message.MessageId, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        if (context.Message is IntegrationEvent message) faults[message.MessageId] = exception.Message;
        return Task.CompletedTask;
    }

    public void Dispose() => handle?.Disconnect();
}
