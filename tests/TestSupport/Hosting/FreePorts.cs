using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace QommerceHub.Testing.Hosting;

/// <summary>
/// Loopback TCP ports that nothing listens on right now, so tests can run beside a dev instance. They are taken below
/// the kernel's ephemeral range: a port the kernel handed out and we released could be handed to the next process
/// asking for any port (DCP, say) before the test binds it; seen as maildev failing with EADDRINUSE.
/// </summary>
public static class FreePorts
{
    private const int LowestPort = 10_000;

    /// <summary>DCP hands out its services' ports from 20000 up, so the picks stay below that too.</summary>
    private const int HighestPort = 19_999;

    private const int AttemptsPerPort = 200;

    public static int Pick() => Pick(1)[0];

    /// <summary>Distinct free ports: every listener stays open until all are picked, so no port is picked twice.</summary>
    public static IReadOnlyList<int> Pick(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var highest = Math.Min(HighestPort, EphemeralRangeStart() - 1);
        var listeners = new List<TcpListener>(count);
        try
        {
            while (listeners.Count < count)
            {
                listeners.Add(ListenOnSomePort(LowestPort, highest));
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }

    private static TcpListener ListenOnSomePort(int lowest, int highest)
    {
        for (var attempt = 0; attempt < AttemptsPerPort; attempt++)
        {
            var listener = new TcpListener(IPAddress.Loopback, Random.Shared.Next(lowest, highest + 1));
            try
            {
                listener.Start();
                return listener;
            }
            catch (SocketException)
            {
                listener.Dispose();
            }
        }

        throw new InvalidOperationException($"No free loopback port between {lowest} and {highest} after {AttemptsPerPort} attempts");
    }

    /// <summary>The first port of the kernel's ephemeral range; Linux's default when it cannot be read.</summary>
    private static int EphemeralRangeStart()
    {
        const int linuxDefault = 32_768;
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            return int.TryParse(range[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : linuxDefault;
        }
        catch (IOException)
        {
            return linuxDefault;
        }
    }
}
