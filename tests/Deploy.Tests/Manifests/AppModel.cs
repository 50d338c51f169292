using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QommerceHub.Testing;

namespace QommerceHub.Deploy.Tests.Manifests;

/// <summary>
/// The processes of the app model, read from the Aspire manifest (<c>--publisher manifest</c>, its
/// <c>project.v0</c> resources) of the AppHost; the deployable projects of QommerceHub.sln (web projects under
/// services/, and the gateway) are what it must contain.
/// </summary>
public static partial class AppModel
{
    public static async Task<IReadOnlySet<string>> ProcessNamesAsync() =>
        (await AspireManifestAsync()).Where(r => (string?)r.Value!["type"] == "project.v0").Select(r => r.Key).ToHashSet();

    /// <summary>The <c>resources</c> object of the manifest the AppHost's manifest publisher writes (AppHost built beforehand).</summary>
    public static async Task<JsonObject> AspireManifestAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), $"qommercehub-manifest-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "run", "--project", "AppHost", "--no-build", "-c", Repository.Configuration, "--", "--publisher", "manifest", "--output-path", output })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        try
        {
            if (process.ExitCode != 0 || !File.Exists(output))
                throw new InvalidOperationException($"The Aspire manifest was not written (exit {process.ExitCode}): {await stdout}{await stderr}");
            return JsonNode.Parse(await File.ReadAllTextAsync(output))!["resources"]!.AsObject();
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>The deployable projects of QommerceHub.sln: web projects under services/, and the gateway.</summary>
    public static HashSet<string> DeployableProjectsInSolution()
    {
        var names = new HashSet<string>();
        foreach (Match project in SolutionProject().Matches(File.ReadAllText(Repository.PathOf("QommerceHub.sln"))))
        {
            var path = project.Groups["path"].Value.Replace('\\', '/');
            var deployable = path.StartsWith("services/", StringComparison.Ordinal) || path == "Gateway/Gateway.csproj";
            if (deployable && File.ReadAllText(Repository.PathOf(path)).Contains("Sdk=\"Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal))
                names.Add(project.Groups["name"].Value.ToLowerInvariant());
        }
        return names;
    }

    [GeneratedRegex(@"Project\(""\{[^}]+\}""\) = ""(?<name>[^""]+)"", ""(?<path>[^""]+\.csproj)""")]
    private static partial Regex SolutionProject();
}
