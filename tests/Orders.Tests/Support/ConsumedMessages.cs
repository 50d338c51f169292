using System.Collections.Concurrent;
using MassTransit;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Support;

/// <summary>
/// Counts how many times Orders' consumers have finished with each message, so a test knows a (re)delivery was
/// handled before it checks that nothing changed.
/// </summary>
public sealed class ConsumedMessages : IConsumeObserver, IDisposable
{
    private readonly ConcurrentDictionary<Guid, int> handled = new();
    private ConnectHandle? handle;

    public static ConsumedMessages Observe(IBus bus)
    {
        var observer = new ConsumedMessages();
        observer.handle = bus.ConnectConsumeObserver(observer);
        return observer;
    }

    public Task WaitUntilHandled(IntegrationEvent message, int times = 1) =>
        Eventually.Until(() => Task.FromResult(handled.GetValueOrDefault(message.MessageId)), n => n >= times,
            TimeSpan.FromSeconds(15), $"{message.GetType().Name} {message.MessageId} handled {times} time(s)");

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is IntegrationEvent message) handled.AddOrUpdate(message.MessageId, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public void Dispose() => handle?.Disconnect();
}
