using System.Text.Json.Nodes;
using QommerceHub.Deploy.Tests.Manifests;
using QommerceHub.Testing;

namespace QommerceHub.Deploy.Tests.Gateway;

/// <summary>
/// Each service brings its own public routes (<c>services/{Name}/gateway-routes.json</c>), and the gateway copies
/// them at build: a new service adds its folder and its place in the app model, and the gateway needs no change.
/// </summary>
public sealed class GatewayRoutesTests
{
    private static readonly string[] policies = ["anonymous", "default"];

    [Fact]
    public void Each_service_routes_only_to_itself_under_names_no_other_service_uses()
    {
        var services = AppModel.DeployableProjectsInSolution().Where(name => name != "gateway").ToHashSet();
        var names = new Dictionary<string, string>();
        foreach (var file in RouteFiles())
        {
            var service = Path.GetFileName(Path.GetDirectoryName(file))!.ToLowerInvariant();
            Assert.Contains(service, services);
            foreach (var (name, route) in JsonNode.Parse(File.ReadAllText(file))!["ReverseProxy"]!["Routes"]!.AsObject())
            {
                Assert.True(names.TryAdd(name, service), $"route {name} of {service} is also {names.GetValueOrDefault(name)}'s");
                Assert.Equal(service, (string?)route!["ClusterId"]);
                Assert.StartsWith("/", (string?)route["Match"]!["Path"]);
                Assert.Contains((string?)route["AuthorizationPolicy"], policies);
                Assert.False(string.IsNullOrEmpty((string?)route["RateLimiterPolicy"]), $"route {name} of {service} has no rate limit");
            }
        }
        Assert.NotEmpty(names);
    }

    [Fact]
    public void The_gateway_build_carries_every_services_routes()
    {
        var copied = Path.Combine(Repository.PathOf("Gateway", "bin", Repository.Configuration, "net10.0", "routes"));
        var expected = RouteFiles().Select(f => Path.GetRelativePath(Repository.PathOf("services"), f)).Order();

        Assert.Equal(expected, Directory.GetFiles(copied, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(copied, f)).Order());
    }

    private static IEnumerable<string> RouteFiles() =>
        Directory.GetDirectories(Repository.PathOf("services"))
            .Select(folder => Path.Combine(folder, "gateway-routes.json"))
            .Where(File.Exists);
}
