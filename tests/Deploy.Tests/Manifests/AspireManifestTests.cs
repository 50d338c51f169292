using System.Text.Json.Nodes;

namespace QommerceHub.Deploy.Tests.Manifests;

/// <summary>What a platform team deploys from: the AppHost's Aspire manifest (publish mode of the same app model).</summary>
public sealed class AspireManifestTests
{
    [Fact]
    public async Task Every_deployable_project_is_a_project_resource_and_nothing_else_is()
    {
        var resources = await AppModel.AspireManifestAsync();

        var projects = resources.Where(r => Type(r.Value) == "project.v0").Select(r => r.Key).ToHashSet();
        Assert.Equal(AppModel.DeployableProjectsInSolution().Order(), projects.Order());
    }

    [Fact]
    public async Task Each_service_references_its_own_postgres_database_and_the_broker()
    {
        var resources = await AppModel.AspireManifestAsync();
        Assert.Equal("container.v0", Type(resources["postgres"]));
        Assert.Equal("container.v0", Type(resources["rabbitmq"]));

        foreach (var service in Services(resources))
        {
            var env = Env(resources[service]);
            var database = service + "db";
            Assert.Equal($"{{{database}.connectionString}}", (string?)env[$"ConnectionStrings__{database}"]);
            Assert.Contains("{postgres.", (string?)resources[database]!["connectionString"], StringComparison.Ordinal);
            Assert.Equal("{rabbitmq.connectionString}", (string?)env["ConnectionStrings__messaging"]);
            Assert.DoesNotContain(env, e => e.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                && e.Key != $"ConnectionStrings__{database}" && e.Key != "ConnectionStrings__messaging");
            if (service != "identity")
                Assert.Equal("{identity.bindings.http.url}", (string?)env["services__identity__http__0"]);
        }
    }

    [Fact]
    public async Task The_gateway_knows_every_service_and_holds_no_database()
    {
        var resources = await AppModel.AspireManifestAsync();
        var gateway = Env(resources["gateway"]);

        foreach (var service in Services(resources))
            Assert.Equal($"{{{service}.bindings.http.url}}", (string?)gateway[$"services__{service}__http__0"]);
        Assert.DoesNotContain(gateway, e => e.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
        Assert.Equal("{gateway.bindings.http.url}", (string?)Env(resources["identity"])["PublicWebUrl"]);
    }

    private static IEnumerable<string> Services(JsonObject resources) =>
        resources.Where(r => Type(r.Value) == "project.v0" && r.Key != "gateway").Select(r => r.Key);

    private static string? Type(JsonNode? resource) => (string?)resource?["type"];

    private static JsonObject Env(JsonNode? resource) => resource?["env"]?.AsObject() ?? [];
}
