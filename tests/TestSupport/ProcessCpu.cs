using System.Globalization;

namespace QommerceHub.Testing;

/// <summary>
/// CPU time of a process and everything below it (PostgreSQL's backends, RabbitMQ's Erlang VM), read from /proc:
/// user + system time of each live process plus what its finished children left in it.
/// </summary>
public static class ProcessCpu
{
    private static readonly double msPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux

    /// <summary>CPU-ms so far of each running resource of the system, by resource name.</summary>
    public static Dictionary<string, double> PerResource(SystemFixture system) =>
        system.App.Resources.Where(r => r.Pid is not null).ToDictionary(r => r.Name, r => Milliseconds(r.Pid!.Value));

    public static double Milliseconds(int rootPid)
    {
        var stats = ReadAll();
        var tree = new HashSet<int> { rootPid };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, stat) in stats)
                if (!tree.Contains(pid) && tree.Contains(stat.Parent)) grew = tree.Add(pid);
        }

        return tree.Where(stats.ContainsKey).Sum(pid => stats[pid].Ticks) * msPerTick;
    }

    private static Dictionary<int, (int Parent, long Ticks)> ReadAll()
    {
        var stats = new Dictionary<int, (int, long)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            try
            {
                // "pid (comm) state ppid ... utime stime cutime cstime": fields after the comm, which may hold spaces.
                var text = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                long Field(int n) => long.Parse(fields[n], CultureInfo.InvariantCulture);
                stats[pid] = ((int)Field(1), Field(11) + Field(12) + Field(13) + Field(14));
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return stats;
    }
}
