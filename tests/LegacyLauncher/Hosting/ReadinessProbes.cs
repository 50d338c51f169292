using System.Net;
using System.Net.Sockets;

namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>Checks that a server is really answering, not just that its process exists.</summary>
public static class ReadinessProbes
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    // The probe connects only to loopback servers we start; proxies from the environment must not apply.
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = ProbeTimeout };

    /// <summary>AMQP 0-9-1 protocol header; a broker answers it with a method frame (type 0x01, Connection.Start).</summary>
    private static readonly byte[] AmqpHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();

    public static async Task<bool> HttpOkAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    public static async Task<bool> TcpAcceptsAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }

    public static async Task<bool> AmqpAnswersAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(AmqpHeader, timeout.Token);
            var reply = new byte[1];
            var read = await stream.ReadAsync(reply, timeout.Token);
            return read == 1 && reply[0] == 0x01;
        }
        catch (Exception e) when (e is SocketException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}
