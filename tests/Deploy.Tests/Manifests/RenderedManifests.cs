using System.Text.Json.Nodes;

namespace QommerceHub.Deploy.Tests.Manifests;

/// <summary>The objects of one rendered overlay, with the look-ups the tests need.</summary>
public sealed class RenderedManifests(IReadOnlyList<JsonObject> objects)
{
    public IReadOnlyList<JsonObject> Objects => objects;

    public IEnumerable<JsonObject> OfKind(string kind) => objects.Where(o => (string?)o["kind"] == kind);

    public JsonObject? Find(string kind, string name) => OfKind(kind).SingleOrDefault(o => Name(o) == name);

    public static string Name(JsonNode o) => (string)o["metadata"]!["name"]!;

    public static IEnumerable<JsonObject> Items(JsonNode? array) => array?.AsArray().Select(n => n!.AsObject()) ?? [];

    public static JsonObject MainContainer(JsonObject deployment) =>
        Items(deployment["spec"]!["template"]!["spec"]!["containers"]).Single(c => (string?)c["name"] == Name(deployment));

    public static IEnumerable<JsonObject> InitContainers(JsonObject deployment) =>
        Items(deployment["spec"]!["template"]!["spec"]!["initContainers"]);

    public static JsonObject PodLabels(JsonObject deployment) => deployment["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();

    /// <summary>Every variable a container gets: its own env and the keys of the ConfigMaps it loads whole.</summary>
    public IReadOnlyDictionary<string, SettingSource> SettingsOf(JsonObject container)
    {
        var settings = new Dictionary<string, SettingSource>();
        foreach (var from in Items(container["envFrom"]))
        {
            var configMap = Find("ConfigMap", (string)from["configMapRef"]!["name"]!)
                ?? throw new InvalidOperationException($"ConfigMap {from["configMapRef"]!["name"]} is referenced but not rendered");
            foreach (var (key, _) in configMap["data"]!.AsObject()) settings[key] = SettingSource.ConfigMap;
        }
        foreach (var env in Items(container["env"]))
            settings[(string)env["name"]!] = env["valueFrom"]?["secretKeyRef"] is not null ? SettingSource.Secret : SettingSource.Value;
        return settings;
    }
}

public enum SettingSource
{
    ConfigMap,
    Secret,
    Value,
}
