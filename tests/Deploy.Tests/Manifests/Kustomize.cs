using System.Diagnostics;
using System.Text.Json.Nodes;
using QommerceHub.Testing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace QommerceHub.Deploy.Tests.Manifests;

/// <summary>Renders an overlay with <c>kubectl kustomize</c>, offline, and parses every object it prints.</summary>
public static class Kustomize
{
    public static async Task<RenderedManifests> RenderAsync(string overlay)
    {
        var directory = Repository.PathOf("deploy", "kubernetes", "overlays", overlay);
        var start = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(directory);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("kubectl (with kustomize) is needed to render deploy/kubernetes; it is installed on the CI machines.", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0) throw new InvalidOperationException($"kubectl kustomize {overlay} failed: {await error}");
            return new RenderedManifests(Parse(await output));
        }
    }

    private static List<JsonObject> Parse(string yaml)
    {
        // Unquoted scalars keep their YAML type (true, 2), quoted ones stay strings, as Kubernetes reads them.
        var deserializer = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();
        var toJson = new SerializerBuilder().JsonCompatible().Build();
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        var objects = new List<JsonObject>();
        while (parser.Accept<DocumentStart>(out _))
        {
            var document = deserializer.Deserialize<object>(parser);
            if (document is not null) objects.Add(JsonNode.Parse(toJson.Serialize(document))!.AsObject());
        }
        return objects;
    }
}
