using Microsoft.Extensions.Configuration;
using QommerceHub.AppHost.Local.Maildev;

namespace QommerceHub.AppHost;

/// <summary>The services and the gateway, wired with the configuration names each of them reads today.</summary>
internal static class QommerceHubModel
{
    public const string Gateway = "gateway";

    /// <summary>Every service; each owns the schema of the same name.</summary>
    public static readonly IReadOnlyList<string> Services =
        ["identity", "catalog", "orders", "payments", "notifications", "analytics", "reporting"];

    /// <summary>The connection string name the service passes to AddServiceDatabase, e.g. ordersdb.</summary>
    public static string DatabaseOf(string service) => service + "db";

    public static void AddQommerceHubServices(this IDistributedApplicationBuilder builder, Infrastructure infrastructure)
    {
        var identity = builder.AddService<Projects.Identity>("identity", infrastructure);
        IResourceBuilder<ProjectResource>[] services =
        [
            identity,
            builder.AddService<Projects.Catalog>("catalog", infrastructure),
            builder.AddService<Projects.Orders>("orders", infrastructure),
            builder.AddService<Projects.Payments>("payments", infrastructure),
            builder.AddService<Projects.Notifications>("notifications", infrastructure),
            builder.AddService<Projects.Analytics>("analytics", infrastructure),
            builder.AddService<Projects.Reporting>("reporting", infrastructure),
        ];

        // Every service validates tokens against Identity's JWKS; it fetches them lazily, so no one waits for Identity.
        foreach (var service in services.Skip(1))
        {
            service.WithReference(identity);
        }

        var gateway = builder.AddProject<Projects.Gateway>(Gateway).WithHttpHealthCheck("/health");
        foreach (var service in services)
        {
            gateway.WithReference(service).WaitFor(service);
        }

        identity.WithEnvironment("PublicWebUrl", gateway.GetEndpoint("http"));
        if (infrastructure.Mail is { } mail)
        {
            services.Single(s => s.Resource.Name == "notifications").WithMaildevSmtp(mail);
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

    private static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, Infrastructure infrastructure)
        where TProject : IProjectMetadata, new()
    {
        var database = infrastructure.Databases[name];
        var service = builder.AddProject<TProject>(name)
            .WithReference(database).WaitFor(database)
            .WithReference(infrastructure.Messaging, "messaging").WaitFor(infrastructure.Messaging)
            .WithHttpHealthCheck("/health");
        // Every service may run as several instances (QommerceHub:Replicas, default 1): their state is in their
        // schema, their queues compete, and the gateway reaches them through one address that balances over them.
        var replicas = builder.Configuration.GetValue("QommerceHub:Replicas", 1);
        return replicas > 1 ? service.WithReplicas(replicas) : service;
    }
}
