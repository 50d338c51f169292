using QommerceHub.Deploy.Tests.Manifests;

namespace QommerceHub.Deploy.Tests.Settings;

/// <summary>README's settings table, the code and the manifests name the same settings, so none can drift.</summary>
public sealed class SettingsTests
{
    [Fact]
    public async Task Every_setting_the_code_reads_is_in_the_README_table_and_every_row_is_read_by_the_code()
    {
        var processes = await AppModel.ProcessNamesAsync();
        var readme = ReadmeSettings.Read(processes);
        var problems = new List<string>();
        foreach (var process in processes.Order())
        {
            var code = CodeSettingsScanner.Scan(process);
            problems.AddRange(code.Unrecognized.Select(u => $"{process}: unrecognized configuration read, teach CodeSettingsScanner or read a literal key: {u}"));
            var documented = readme.Where(r => r.Process == process).Select(r => SettingKey.Normalize(r.Key)).ToHashSet(StringComparer.OrdinalIgnoreCase);

            foreach (var key in code.Keys.Where(k => !documented.Contains(k)))
                problems.Add($"{process} reads {SettingKey.ToEnvironment(key)}; README's table does not list it for {process}");
            foreach (var section in code.Sections.Concat(code.ArraySections).Where(s => !documented.Any(d => Overlaps(d, s))))
                problems.Add($"{process} reads section {SettingKey.ToEnvironment(section)}; README's table has no row for it");
            foreach (var name in code.Names.Where(n => !documented.Any(d => SettingKey.Segments(d).Contains(n, StringComparer.OrdinalIgnoreCase))))
                problems.Add($"{process} binds or reads '{name}' under a section; README's table has no key with it for {process}");
            foreach (var key in documented.Where(d => !IsRead(d, code)))
                problems.Add($"README lists {SettingKey.ToEnvironment(key)} for {process}, but {process}'s code does not read it");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("local")]
    [InlineData("production")]
    public async Task Each_Deployment_sets_exactly_the_README_settings_of_its_process_from_the_place_README_names(string overlay)
    {
        var processes = await AppModel.ProcessNamesAsync();
        var readme = ReadmeSettings.Read(processes);
        var manifests = await Kustomize.RenderAsync(overlay);
        var problems = new List<string>();
        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var process = RenderedManifests.Name(deployment);
            var rows = readme.Where(r => r.Process == process && r.IsRendered)
                .GroupBy(r => SettingKey.Normalize(r.Key), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First().InManifests, StringComparer.OrdinalIgnoreCase);
            var main = Normalized(manifests.SettingsOf(RenderedManifests.MainContainer(deployment)));
            Compare(process, "container", main, rows.Where(r => r.Value != ReadmeSetting.InitContainer).ToDictionary(), problems);
            foreach (var init in RenderedManifests.InitContainers(deployment))
                Compare(process, $"init container {init["name"]}", Normalized(manifests.SettingsOf(init)), rows, problems);
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static void Compare(string process, string container, IReadOnlyDictionary<string, SettingSource> rendered,
        IReadOnlyDictionary<string, string> documented, List<string> problems)
    {
        foreach (var (key, source) in rendered)
        {
            if (!documented.TryGetValue(key, out var where))
                problems.Add($"{process} {container} sets {SettingKey.ToEnvironment(key)}, which README's table does not list as in the manifests for {process}");
            else if (!Matches(where, source))
                problems.Add($"{process} {container} sets {SettingKey.ToEnvironment(key)} from its {source}; README says {where}");
        }
        foreach (var key in documented.Keys.Where(k => !rendered.ContainsKey(k)))
            problems.Add($"README says {SettingKey.ToEnvironment(key)} is in the manifests for {process}; its {container} does not set it");
    }

    private static bool Matches(string where, SettingSource source) => (where, source) switch
    {
        (ReadmeSetting.ConfigMap, SettingSource.ConfigMap) => true,
        (ReadmeSetting.Secret, SettingSource.Secret) => true,
        (ReadmeSetting.InitContainer, SettingSource.Value) => true,
        _ => false,
    };

    private static Dictionary<string, SettingSource> Normalized(IReadOnlyDictionary<string, SettingSource> settings)
    {
        var normalized = new Dictionary<string, SettingSource>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, source) in settings) normalized[SettingKey.Normalize(key)] = source;
        return normalized;
    }

    private static bool Overlaps(string key, string section) =>
        key.Equals(section, StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase)
        || section.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase);

    /// <summary>Read as a whole key, as an element of an array section, or as a section plus bound or relative names.</summary>
    private static bool IsRead(string key, CodeSettings code)
    {
        if (SettingKey.IsFramework(key) || code.Keys.Contains(key)) return true;
        if (code.ArraySections.Any(s => key.Equals(s + ":<n>", StringComparison.OrdinalIgnoreCase))) return true;
        return code.Sections.Any(section =>
            key.Equals(section, StringComparison.OrdinalIgnoreCase)
            || (key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase)
                && key[(section.Length + 1)..].Split(':').All(code.Names.Contains)));
    }
}
