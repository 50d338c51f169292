using System.Net;
using System.Net.Sockets;

namespace QommerceHub.Notifications.Tests.Support;

/// <summary>
/// A TCP port that Notifications uses as its SMTP server: while open it relays every connection to maildev; while
/// closed nothing listens there, so connections are refused exactly as when an SMTP server is down.
/// </summary>
public sealed class SmtpRelay(int port, int targetPort) : IAsyncDisposable
{
    private TcpListener? listener;
    private CancellationTokenSource? stopping;
    private Task? accepting;
    private int connectionsAccepted;

    public int Port => port;

    /// <summary>Connections made to the relay since it was created.</summary>
    public int ConnectionsAccepted => Volatile.Read(ref connectionsAccepted);

    public void Open()
    {
        if (listener is not null) return;
        stopping = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        accepting = AcceptAsync(listener, stopping.Token);
    }

    public async Task CloseAsync()
    {
        if (listener is null) return;
        await stopping!.CancelAsync();
        listener.Stop();
        try
        {
            await accepting!;
        }
        catch (OperationCanceledException)
        {
            // Expected: the accept loop ends with the listener.
        }
        listener.Dispose();
        stopping.Dispose();
        listener = null;
    }

    public async ValueTask DisposeAsync() => await CloseAsync();

    private async Task AcceptAsync(TcpListener server, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await server.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return;
            }
            Interlocked.Increment(ref connectionsAccepted);
            _ = RelayAsync(client, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, targetPort, cancellationToken);
                var down = client.GetStream();
                var up = upstream.GetStream();
                await Task.WhenAny(down.CopyToAsync(up, cancellationToken), up.CopyToAsync(down, cancellationToken));
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
                // A connection cut by either side or by closing the relay.
            }
        }
    }
}
