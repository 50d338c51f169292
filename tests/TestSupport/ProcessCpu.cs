using QommerceHub.Testing.Hosting;

namespace QommerceHub.Testing;

/// <summary>CPU time of a process and everything below it (PostgreSQL's backends, RabbitMQ's Erlang VM), read from /proc.</summary>
public static class ProcessCpu
{
    private static readonly double msPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux

    /// <summary>CPU-ms so far of each running resource of the system, by resource name (replicas added up).</summary>
    public static Dictionary<string, double> PerResource(SystemFixture system)
    {
        var stats = LocalProcesses.Snapshot();
        return system.RunningProcesses()
            .GroupBy(p => p.Resource, p => p.Pid)
            .ToDictionary(g => g.Key, g => g.Sum(pid => Milliseconds(pid, stats)));
    }

    public static double Milliseconds(int rootPid) => Milliseconds(rootPid, LocalProcesses.Snapshot());

    private static double Milliseconds(int rootPid, Dictionary<int, ProcessStat> stats) =>
        LocalProcesses.TreeOf(rootPid, stats).Where(stats.ContainsKey).Sum(pid => stats[pid].CpuTicks) * msPerTick;
}
