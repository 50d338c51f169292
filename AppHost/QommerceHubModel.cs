using Microsoft.Extensions.Configuration;
using QommerceHub.AppHost.Local.Maildev;

namespace QommerceHub.AppHost;

/// <summary>The services and the gateway, wired with the configuration names each of them reads today.</summary>
internal static class QommerceHubModel
{
    public const string Gateway = "gateway";

    /// <summary>
    /// Every service, the one list of them: each owns the schema of the same name, the gateway routes to each
    /// (with the routes of its <c>gateway-routes.json</c>), and the manifests deploy each.
    /// </summary>
    private static readonly ServiceProject[] services =
    [
        ServiceProject.Of<Projects.Identity>("identity"),
        ServiceProject.Of<Projects.Catalog>("catalog"),
        ServiceProject.Of<Projects.Orders>("orders"),
        ServiceProject.Of<Projects.Payments>("payments"),
        ServiceProject.Of<Projects.Notifications>("notifications"),
        ServiceProject.Of<Projects.Analytics>("analytics"),
        ServiceProject.Of<Projects.Reporting>("reporting"),
    ];

    public static IReadOnlyList<string> Services => [.. services.Select(s => s.Name)];

    /// <summary>The connection string name the service passes to AddServiceDatabase, e.g. ordersdb.</summary>
    public static string DatabaseOf(string service) => service + "db";

    public static void AddQommerceHubServices(this IDistributedApplicationBuilder builder, Infrastructure infrastructure)
    {
        var added = services.Select(s => builder.AddService(s, infrastructure)).ToList();
        var identity = added.Single(s => s.Resource.Name == "identity");

        // Every service validates tokens against Identity's JWKS; it fetches them lazily, so no one waits for Identity.
        foreach (var service in added.Where(s => s != identity))
        {
            service.WithReference(identity);
        }

        var gateway = builder.AddProject<Projects.Gateway>(Gateway).WithHttpHealthCheck("/health");
        foreach (var service in added)
        {
            gateway.WithReference(service).WaitFor(service);
        }

        identity.WithEnvironment("PublicWebUrl", gateway.GetEndpoint("http"));
        if (infrastructure.Mail is { } mail)
        {
            added.Single(s => s.Resource.Name == "notifications").WithMaildevSmtp(mail);
        }

        if (builder.ExecutionContext.IsRunMode)
        {
            // Published images carry web/ themselves; locally the gateway serves the checkout's folders.
            var repoRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
            gateway
                .WithEnvironment("Web__Root", Path.Combine(repoRoot, "web"))
                .WithEnvironment("Web__VendorRoot", Path.Combine(repoRoot, "node_modules"));
        }
    }

    private static IResourceBuilder<ProjectResource> AddService(
        this IDistributedApplicationBuilder builder, ServiceProject project, Infrastructure infrastructure)
    {
        var name = project.Name;
        var database = infrastructure.Databases[name];
        var service = project.AddTo(builder)
            .WithReference(database).WaitFor(database)
            .WithReference(infrastructure.Messaging, "messaging").WaitFor(infrastructure.Messaging)
            .WithHttpHealthCheck("/health");
        // Every service may run as several instances (QommerceHub:Replicas, default 1): their state is in their
        // schema, their queues compete, and the gateway reaches them through one address that balances over them.
        var replicas = builder.Configuration.GetValue("QommerceHub:Replicas", 1);
        return replicas > 1 ? service.WithReplicas(replicas) : service;
    }

    /// <summary>
    /// A service's name and how to add its project. The generic <c>AddProject&lt;T&gt;</c> keeps what the AppHost's
    /// build produced: added by path instead, Aspire builds each project again at every start.
    /// </summary>
    private sealed record ServiceProject(string Name, Func<IDistributedApplicationBuilder, IResourceBuilder<ProjectResource>> AddTo)
    {
        public static ServiceProject Of<TProject>(string name) where TProject : IProjectMetadata, new() =>
            new(name, builder => builder.AddProject<TProject>(name));
    }
}
