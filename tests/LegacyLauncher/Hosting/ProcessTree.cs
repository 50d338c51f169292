using System.Globalization;

namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>A process as /proc knows it; the start time tells a reused PID from the process we started.</summary>
internal readonly record struct ProcessIdentity(int Pid, long StartTime);

internal readonly record struct ProcessStat(int Pid, char State, int ParentPid, long StartTime)
{
    // A zombie has finished; it only waits for its parent to collect the exit status.
    public bool IsAlive => State is not ('Z' or 'X');

    public ProcessIdentity Identity => new(Pid, StartTime);
}

/// <summary>Finds descendants through the ppid field of /proc/&lt;pid&gt;/stat, so no grandchild is missed.</summary>
public static class ProcessTree
{
    public static bool IsAlive(int pid) => ReadStat(pid) is { IsAlive: true };

    /// <summary>The parent's PID, or 0 once the process has gone.</summary>
    public static int ParentOf(int pid) => ReadStat(pid)?.ParentPid ?? 0;

    /// <summary>The live processes among <paramref name="roots"/> and all their live descendants.</summary>
    public static IReadOnlyCollection<int> WithDescendants(IEnumerable<int> roots)
    {
        var table = ReadAll();
        var found = new HashSet<int>();
        var pending = new Queue<int>(roots.Where(p => table.TryGetValue(p, out var s) && s.IsAlive));
        while (pending.TryDequeue(out var pid))
        {
            if (!found.Add(pid))
            {
                continue;
            }

            foreach (var child in table.Values.Where(s => s.ParentPid == pid && s.IsAlive))
            {
                pending.Enqueue(child.Pid);
            }
        }

        return found;
    }

    internal static IEnumerable<ProcessIdentity> IdentitiesOf(IEnumerable<int> pids) =>
        pids.Select(ReadStat).OfType<ProcessStat>().Select(s => s.Identity);

    internal static bool IsAlive(ProcessIdentity identity) =>
        ReadStat(identity.Pid) is { IsAlive: true } stat && stat.StartTime == identity.StartTime;

    internal static ProcessStat? ReadStat(int pid)
    {
        try
        {
            return ParseStat(File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Parses "pid (comm) state ppid … starttime …"; comm may hold spaces and parentheses, so split after the last ')'.</summary>
    internal static ProcessStat? ParseStat(string line)
    {
        var open = line.IndexOf('(', StringComparison.Ordinal);
        var close = line.LastIndexOf(')');
        if (open <= 0 || close < open)
        {
            return null;
        }

        var fields = line[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // fields[0] is field 3 of proc(5) (state), fields[1] field 4 (ppid), fields[19] field 22 (starttime).
        if (fields.Length < 20
            || !int.TryParse(line[..open], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            || !int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ppid)
            || !long.TryParse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        return new ProcessStat(pid, fields[0][0], ppid, start);
    }

    private static Dictionary<int, ProcessStat> ReadAll()
    {
        var table = new Dictionary<int, ProcessStat>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ReadStat(pid) is { } stat)
            {
                table[pid] = stat;
            }
        }

        return table;
    }
}
