using System.Collections.Concurrent;
using System.Threading.Channels;

namespace QommerceHub.Analytics.Live;

/// <summary>
/// In-process fan-out of <see cref="SalesUpdate"/>s to the open dashboard streams of each tenant. One
/// Analytics instance sees every projection it commits; with several instances behind the gateway each would
/// need the updates of the others too (a per-instance queue bound to a broker fan-out exchange).
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
