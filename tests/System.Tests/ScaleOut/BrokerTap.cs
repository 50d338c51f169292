using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace QommerceHub.SystemTests.ScaleOut;

/// <summary>
/// A queue of the test's own bound to some event exchanges: it receives a copy of every such event and reads, from
/// MassTransit's envelope, the process that published it, i.e. which instance's outbox dispatcher sent the row.
/// </summary>
public sealed class BrokerTap : IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly ConcurrentQueue<(string Exchange, Guid MessageId, int ProcessId)> seen = new();

    private BrokerTap(IConnection connection, IChannel channel)
    {
        this.connection = connection;
        this.channel = channel;
    }

    /// <summary>Events seen so far: the exchange (e.g. <c>QommerceHub.Contracts:OrderPlaced</c>), message id and publisher.</summary>
    public IReadOnlyCollection<(string Exchange, Guid MessageId, int ProcessId)> Seen => seen;

    public static async Task<BrokerTap> OpenAsync(string connectionString, params string[] eventTypes)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(connectionString) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var tap = new BrokerTap(connection, channel);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        foreach (var type in eventTypes)
        {
            var exchange = "QommerceHub.Contracts:" + type;
            // The same declaration MassTransit makes, so it is a no-op when the services made it first.
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await channel.QueueBindAsync(queue, exchange, "");
        }

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            var root = envelope.RootElement;
            tap.seen.Enqueue((delivery.Exchange, root.GetProperty("messageId").GetGuid(), root.GetProperty("host").GetProperty("processId").GetInt32()));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return tap;
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
