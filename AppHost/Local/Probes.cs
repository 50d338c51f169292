using System.Buffers.Binary;
using System.Net.Sockets;

namespace QommerceHub.AppHost.Local;

/// <summary>Health probes that check a server answers its protocol, not just that its process exists.</summary>
internal static class Probes
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>AMQP 0-9-1 protocol header; a broker answers it with a method frame (type 0x01, Connection.Start).</summary>
    private static readonly byte[] AmqpHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();

    /// <summary>
    /// epmd's NAMES request (length 1, 'n'); epmd answers with the port it listens on, so another program that took the
    /// port is not mistaken for it, as a bare connect would be.
    /// </summary>
    private static readonly byte[] EpmdNamesRequest = [0, 1, (byte)'n'];

    public static Task<bool> EpmdAnswersAsync(int port, CancellationToken cancellationToken) =>
        RepliesAsync(port, EpmdNamesRequest, 4, reply => BinaryPrimitives.ReadInt32BigEndian(reply) == port, cancellationToken);

    public static Task<bool> AmqpAnswersAsync(int port, CancellationToken cancellationToken) =>
        RepliesAsync(port, AmqpHeader, 1, reply => reply[0] == 0x01, cancellationToken);

    /// <summary>Sends <paramref name="request"/> and tells whether the first bytes of the reply are what the server would say.</summary>
    private static async Task<bool> RepliesAsync(int port, byte[] request, int replyLength, Func<byte[], bool> expected, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(request, timeout.Token);
            var reply = new byte[replyLength];
            await stream.ReadExactlyAsync(reply, timeout.Token);
            return expected(reply);
        }
        catch (Exception e) when (e is SocketException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    /// <summary>True when nothing listens on 127.0.0.1:port, i.e. we could bind it.</summary>
    public static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
