using System.Net;
using System.Net.Sockets;

namespace QommerceHub.Testing.Hosting;

/// <summary>Loopback TCP ports that nothing listens on right now, so tests can run beside a dev instance.</summary>
public static class FreePorts
{
    public static int Pick() => Pick(1)[0];

    /// <summary>Distinct free ports: every listener stays open until all are picked, so the kernel cannot hand one out twice.</summary>
    public static IReadOnlyList<int> Pick(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listeners.Add(listener);
                listener.Start();
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
}
