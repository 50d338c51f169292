using System.Text.RegularExpressions;
using QommerceHub.Testing;

namespace QommerceHub.Deploy.Tests.Settings;

/// <summary>What one process's code reads from configuration, found in its sources.</summary>
public sealed record CodeSettings(
    IReadOnlySet<string> Keys,
    IReadOnlySet<string> Sections,
    IReadOnlySet<string> ArraySections,
    IReadOnlySet<string> Names,
    IReadOnlyList<string> Unrecognized);

/// <summary>
/// Scans a process's sources (its folder, and the ServiceDefaults files whose extension methods it calls) for the
/// configuration reads this codebase uses: literal keys (<c>Configuration["A:B"]</c>, <c>GetValue("A:B")</c>,
/// <c>GetConnectionString("x")</c>, <c>AddServiceDatabase&lt;T&gt;("x")</c>), sections (<c>GetSection("A")</c>,
/// <c>const string Section</c>), the settable properties of classes bound to a section, and keys read relative to
/// a section variable. Any other read is reported as unrecognized, so a new way of reading settings fails the
/// test instead of slipping past it.
/// </summary>
public static partial class CodeSettingsScanner
{
    public static CodeSettings Scan(string process)
    {
        var files = SourcesOf(process);
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sections = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var arrays = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unrecognized = new List<string>();
        var allText = string.Join("\n", files.Select(File.ReadAllText));

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            text = Consume(text, Indirection(), m => { if (m.Groups["clusters"].Success) keys.UnionWith(GatewayClusters().Select(c => $"services:{c}:http:<n>")); });
            text = Consume(text, IndexerRead(), m => keys.Add(SettingKey.Normalize(m.Groups["key"].Value)));
            text = Consume(text, ValueRead(), m => (IsRoot(m.Groups["recv"].Value) ? keys : names).Add(SettingKey.Normalize(m.Groups["key"].Value)));
            text = Consume(text, ConnectionStringRead(), m => keys.Add($"ConnectionStrings:{m.Groups["name"].Value}"));
            text = Consume(text, ArraySectionRead(), m => arrays.Add(SettingKey.Normalize(m.Groups["section"].Value)));
            text = Consume(text, SectionRead(), m => (IsRoot(m.Groups["recv"].Value) ? sections : names).Add(SettingKey.Normalize(m.Groups["section"].Value)));
            text = Consume(text, SectionConstant(), m => sections.Add(m.Groups["section"].Value));
            text = Consume(text, ConfigureBinding(), m => names.UnionWith(SettableProperties(allText, m.Groups["type"].Value)));
            foreach (Match bound in BindTarget().Matches(text))
            {
                var type = Regex.Match(text, $@"var {bound.Groups["var"].Value} = new (?<type>\w+)\(\);").Groups["type"].Value;
                if (type.Length == 0) unrecognized.Add($"{Relative(file)}: {bound.Value} binds an object whose type the scanner cannot see");
                names.UnionWith(SettableProperties(allText, type));
            }
            text = BindTarget().Replace(text, "");
            foreach (Match left in ConfigurationToken().Matches(text))
                unrecognized.Add($"{Relative(file)}: {LineAround(text, left.Index)}");
        }
        return new CodeSettings(keys, sections, arrays, names, unrecognized);
    }

    /// <summary>
    /// The process's own sources and the ServiceDefaults files it calls into, directly or through another of them
    /// (a service's <c>ServiceApp.RunAsync</c> calls <c>AddServiceDefaults</c>).
    /// </summary>
    private static List<string> SourcesOf(string process)
    {
        var folder = process == "gateway" ? Repository.PathOf("Gateway") : Repository.PathOf("services", char.ToUpperInvariant(process[0]) + process[1..]);
        var own = CSharpFiles(folder);
        var calling = string.Join("\n", own.Select(File.ReadAllText));
        var remaining = CSharpFiles(Repository.PathOf("ServiceDefaults")).ToDictionary(file => file, File.ReadAllText);
        var shared = new List<string>();
        while (remaining.Where(file => PublicMethod().Matches(file.Value).Any(m => Regex.IsMatch(calling, $@"\.{m.Groups["name"].Value}\s*[<(]")))
                   .Select(file => file.Key).ToList() is { Count: > 0 } called)
        {
            shared.AddRange(called);
            calling = string.Join("\n", called.Select(file => remaining[file]));
            foreach (var file in called) remaining.Remove(file);
        }
        return [.. own, .. shared];
    }

    private static List<string> CSharpFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Regex.IsMatch(f, @"[/\\](bin|obj|Migrations)[/\\]")).ToList();

    private static IEnumerable<string> SettableProperties(string sources, string type)
    {
        var start = Regex.Match(sources, $@"\bclass {type}\b");
        if (!start.Success) throw new InvalidOperationException($"Settings class {type} not found in the process's sources");
        var following = Regex.Match(sources[(start.Index + start.Length)..], @"\bclass \w+");
        var end = following.Success ? start.Index + start.Length + following.Index : sources.Length;
        return SettableProperty().Matches(sources[start.Index..end]).Select(m => m.Groups["name"].Value);
    }

    /// <summary>The gateway's clusters are the services: every deployable process but the gateway itself.</summary>
    private static IEnumerable<string> GatewayClusters() =>
        Manifests.AppModel.DeployableProjectsInSolution().Where(name => name != "gateway");

    private static bool IsRoot(string receiver) => receiver is "Configuration" or "configuration";

    private static string Consume(string text, Regex pattern, Action<Match> record)
    {
        foreach (Match m in pattern.Matches(text)) record(m);
        return pattern.Replace(text, "");
    }

    private static string Relative(string file) => Path.GetRelativePath(Repository.Root, file);

    private static string LineAround(string text, int index)
    {
        var start = text.LastIndexOf('\n', index) + 1;
        var end = text.IndexOf('\n', index) is var e and >= 0 ? e : text.Length;
        return text[start..end].Trim();
    }

    // Reads whose key is computed, each with the reason it is still known:
    // the connection name is AddServiceDatabase's literal; the gateway reads one address per service;
    // Analytics rewrites its own connection string in place.
    [GeneratedRegex(@"GetConnectionString\(connectionName\)|configuration\[\$""ConnectionStrings:\{connectionName\}""\]\s*=|(?<clusters>Configuration\[\$""services:\{service\.Key\}:http:0""\])")]
    private static partial Regex Indirection();

    [GeneratedRegex(@"\b[Cc]onfiguration\s*\[\s*""(?<key>[^""]+)""\s*\]")]
    private static partial Regex IndexerRead();

    [GeneratedRegex(@"\b(?<recv>\w+)\.GetValue(?:<[^>(]+>)?\(\s*""(?<key>[^""]+)""")]
    private static partial Regex ValueRead();

    [GeneratedRegex(@"GetConnectionString\(\s*""(?<name>[^""]+)""\s*\)|AddServiceDatabase<\w+>\(\s*""(?<name>[^""]+)""")]
    private static partial Regex ConnectionStringRead();

    [GeneratedRegex(@"GetSection\(\s*""(?<section>[^""]+)""\s*\)\.Get<[^>]+>\(\)")]
    private static partial Regex ArraySectionRead();

    [GeneratedRegex(@"\b(?<recv>\w+)\.GetSection\(\s*""(?<section>[^""]+)""\s*\)")]
    private static partial Regex SectionRead();

    [GeneratedRegex(@"const string Section = ""(?<section>[^""]+)""")]
    private static partial Regex SectionConstant();

    [GeneratedRegex(@"Configure<(?<type>\w+)>\([^;]*?GetSection\(\k<type>\.Section\)\)")]
    private static partial Regex ConfigureBinding();

    [GeneratedRegex(@"\.Bind\((?<var>\w+)\)")]
    private static partial Regex BindTarget();

    [GeneratedRegex(@"GetSection\(|\bGetValue[<(]|GetConnectionString\(|[Cc]onfiguration\s*\[|\.Bind\(|BindConfiguration\(")]
    private static partial Regex ConfigurationToken();

    // Extension methods, and the static entry points a service calls by their class (ServiceApp.RunAsync).
    [GeneratedRegex(@"public static [^(\n]*?\b(?<name>\w+)(?:<[^>(]*>)?\((?:this |string\[\] args)")]
    private static partial Regex PublicMethod();

    [GeneratedRegex(@"public\s+[\w?<>\[\],]+\s+(?<name>\w+)\s*\{\s*get;\s*set;")]
    private static partial Regex SettableProperty();
}
