using System.Collections.Concurrent;
using System.Threading.Channels;

namespace QommerceHub.Analytics.Live;

/// <summary>
/// Fan-out of <see cref="SalesUpdate"/>s to this instance's open dashboard streams of each tenant. The updates come
/// from <see cref="SalesUpdateListener"/>, which hears every instance's commits, so a stream does not depend on
/// which instance projected a sale.
/// </summary>
public sealed class SalesUpdateHub
{
    // A slow dashboard only needs to know that something changed, so old notices are dropped rather than queued.
    private const int NoticesKeptPerListener = 16;

    private readonly ConcurrentDictionary<int, ConcurrentDictionary<Guid, Channel<SalesUpdate>>> listeners = new();

    public Subscription Subscribe(int tenantId)
    {
        var channel = Channel.CreateBounded<SalesUpdate>(new BoundedChannelOptions(NoticesKeptPerListener)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var id = Guid.NewGuid();
        listeners.GetOrAdd(tenantId, _ => new ConcurrentDictionary<Guid, Channel<SalesUpdate>>())[id] = channel;
        return new Subscription(channel.Reader, () => Unsubscribe(tenantId, id));
    }

    public void Publish(int tenantId, SalesUpdate update)
    {
        if (!listeners.TryGetValue(tenantId, out var tenantListeners)) return;
        foreach (var channel in tenantListeners.Values) channel.Writer.TryWrite(update);
    }

    /// <summary>Every open stream of every store, after notices may have been missed.</summary>
    public void PublishToAll(SalesUpdate update)
    {
        foreach (var tenantListeners in listeners.Values)
            foreach (var channel in tenantListeners.Values) channel.Writer.TryWrite(update);
    }

    public int ListenerCount(int tenantId) => listeners.TryGetValue(tenantId, out var l) ? l.Count : 0;

    private void Unsubscribe(int tenantId, Guid id)
    {
        if (listeners.TryGetValue(tenantId, out var tenantListeners) && tenantListeners.TryRemove(id, out var channel))
            channel.Writer.TryComplete();
    }

    public sealed class Subscription(ChannelReader<SalesUpdate> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<SalesUpdate> Reader => reader;

        public void Dispose() => unsubscribe();
    }
}
