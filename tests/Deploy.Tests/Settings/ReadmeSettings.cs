using System.Text.RegularExpressions;
using QommerceHub.Testing;

namespace QommerceHub.Deploy.Tests.Settings;

/// <summary>A row of README's settings table, expanded per process.</summary>
public sealed record ReadmeSetting(string Key, string Process, string InManifests)
{
    public const string ConfigMap = "ConfigMap";
    public const string Secret = "Secret";
    public const string InitContainer = "init container";

    public bool IsRendered => InManifests is ConfigMap or Secret or InitContainer;
}

/// <summary>
/// Reads the table under README's "## Configuration" (columns: setting, used by, in the manifests, meaning).
/// "used by" is <c>all</c> (every process), <c>services</c> (all but the gateway) or process names;
/// <c>&lt;service&gt;</c> in a key is the process itself, <c>&lt;name&gt;</c> every service.
/// </summary>
public static partial class ReadmeSettings
{
    public static IReadOnlyList<ReadmeSetting> Read(IReadOnlySet<string> processes)
    {
        var services = processes.Where(p => p != "gateway").ToList();
        var rows = new List<ReadmeSetting>();
        foreach (var line in TableLines())
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 4) throw new InvalidOperationException($"README settings row has fewer than 4 cells: {line}");
            var users = UsedBy(cells[1], processes, services);
            foreach (Match code in InlineCode().Matches(cells[0]))
                foreach (var process in users)
                    foreach (var key in Expand(code.Groups[1].Value, process, services))
                        rows.Add(new ReadmeSetting(key, process, cells[2]));
        }
        return rows;
    }

    private static IEnumerable<string> TableLines()
    {
        var lines = File.ReadAllLines(Repository.PathOf("README.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("## Configuration", StringComparison.Ordinal));
        var header = Array.FindIndex(lines, start, l => l.StartsWith("| setting | used by | in the manifests |", StringComparison.Ordinal));
        if (start < 0 || header < 0) throw new InvalidOperationException("README has no '## Configuration' table 'setting | used by | in the manifests | meaning'");
        return lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|'));
    }

    private static IEnumerable<string> UsedBy(string cell, IReadOnlySet<string> processes, IReadOnlyList<string> services) => cell switch
    {
        "all" => processes,
        "services" => services,
        _ => cell.Split(',').Select(p => p.Trim()).Select(p => processes.Contains(p) ? p : throw new InvalidOperationException($"README: '{p}' is not a process of the app model")),
    };

    private static IEnumerable<string> Expand(string key, string process, IReadOnlyList<string> services) =>
        key.Contains("<name>", StringComparison.Ordinal) ? services.Select(s => key.Replace("<name>", s, StringComparison.Ordinal))
        : [key.Replace("<service>", process, StringComparison.Ordinal)];

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex InlineCode();
}
