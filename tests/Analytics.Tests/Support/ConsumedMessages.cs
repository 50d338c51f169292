using System.Collections.Concurrent;
using MassTransit;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Tests.Support;

/// <summary>Counts, per event MessageId, how often Analytics' consumers finished with it (a skipped duplicate included).</summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> finished = new();
    private readonly ConcurrentDictionary<Guid, string> faults = new();

    public int Count(Guid messageId) => finished.GetValueOrDefault(messageId);

    public string? Fault(Guid messageId) => faults.GetValueOrDefault(messageId);

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
}
