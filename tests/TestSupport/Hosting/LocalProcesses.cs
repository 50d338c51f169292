using System.Globalization;

namespace QommerceHub.Testing.Hosting;

/// <summary>Processes as /proc tells them: parents, whole trees, names, who listens on a port, whether one has ended.</summary>
public static class LocalProcesses
{
    /// <summary>The parent's process id, or 0 once the process has gone.</summary>
    public static int ParentOf(int pid) => ReadStat(pid)?.Parent ?? 0;

    /// <summary>A process and every live process below it, e.g. PostgreSQL's backends or RabbitMQ's Erlang VM.</summary>
    public static HashSet<int> TreeOf(int rootPid, IReadOnlyDictionary<int, ProcessStat>? snapshot = null) =>
        Below([rootPid], (snapshot ?? Snapshot()).ToDictionary(s => s.Key, s => s.Value.Parent));

    /// <summary>The servers listening on the ports and every process below them.</summary>
    public static HashSet<int> ListeningOrBelow(IEnumerable<int> ports)
    {
        var inodes = ListeningSocketInodes(ports);
        var parents = Snapshot().ToDictionary(s => s.Key, s => s.Value.Parent);
        return Below(parents.Keys.Where(pid => OpenSocketInodes(pid).Overlaps(inodes)), parents);
    }

    /// <summary>Running, not a zombie waiting for its parent to collect it.</summary>
    public static bool IsAlive(int pid) => ReadStat(pid) is { State: not ('Z' or 'X') };

    public static string? NameOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Every live process: its parent and the CPU ticks it and its finished children used.</summary>
    public static Dictionary<int, ProcessStat> Snapshot()
    {
        var stats = new Dictionary<int, ProcessStat>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ReadStat(pid) is { } stat)
                stats[pid] = stat;
        }

        return stats;
    }

    private static HashSet<int> Below(IEnumerable<int> roots, Dictionary<int, int> parents)
    {
        var tree = roots.Where(parents.ContainsKey).ToHashSet();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, parent) in parents)
                if (!tree.Contains(pid) && tree.Contains(parent)) grew |= tree.Add(pid);
        }

        return tree;
    }

    private static ProcessStat? ReadStat(int pid)
    {
        try
        {
            // "pid (comm) state ppid ... utime stime cutime cstime": fields after the comm, which may hold spaces.
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            long Field(int n) => long.Parse(fields[n], CultureInfo.InvariantCulture);
            return new ProcessStat(fields[0][0], (int)Field(1), Field(11) + Field(12) + Field(13) + Field(14));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended while being read
        }
    }

    private static HashSet<string> ListeningSocketInodes(IEnumerable<int> ports)
    {
        var hexPorts = ports.Select(p => ":" + p.ToString("X4", CultureInfo.InvariantCulture)).ToHashSet();
        return File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[3] == "0A" && hexPorts.Contains(f[1][f[1].IndexOf(':', StringComparison.Ordinal)..]))
            .Select(f => f[9]).ToHashSet();
    }

    private static HashSet<string> OpenSocketInodes(int pid)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd")
                .Select(fd => new FileInfo(fd).LinkTarget)
                .Where(target => target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
                .Select(target => target!["socket:[".Length..^1]).ToHashSet();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}

/// <param name="State">R, S, Z…, as /proc/&lt;pid&gt;/stat says.</param>
/// <param name="CpuTicks">User and system time of the process plus what its finished children left in it.</param>
public readonly record struct ProcessStat(char State, int Parent, long CpuTicks);
