using System.Globalization;
using QommerceHub.LegacyLauncher.Hosting;

namespace QommerceHub.LegacyLauncher;

/// <summary>The QommerceHub system: infrastructure, the services and the gateway, wired the way the services expect.</summary>
public static class QommerceHubApp
{
    public const string Gateway = "gateway";

    /// <summary>Every process of the model except infrastructure, identity first because the others reference it.</summary>
    public static readonly IReadOnlyList<string> ServiceNames =
        ["identity", "catalog", "orders", "payments", "notifications", "analytics", "reporting", Gateway];

    public static DistributedApplication Build(AppHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = DistributedApplication.CreateBuilder(options);
        var (postgres, rabbitMq, maildev) = AddInfrastructure(builder, options);

        var services = new List<ProjectResource>();
        ProjectResource? identity = null;
        foreach (var name in ServiceNames.Where(n => n != Gateway && options.Services.Contains(n)))
        {
            var assembly = char.ToUpperInvariant(name[0]) + name[1..];
            if (!ProjectExists(options, $"services/{assembly}", assembly))
            {
                continue;
            }

            var service = builder.AddProject(name, $"services/{assembly}", assembly, PortOf(name, options))
                .WithReference(postgres, $"{name}db")
                .WithReference(rabbitMq);
            if (name == "identity")
            {
                identity = service;
            }
            else if (identity is not null)
            {
                service.WithReference(identity);
            }

            services.Add(service);
        }

        identity?.WithEnvironment("PublicWebUrl", $"http://localhost:{options.GatewayPort}");
        services.Find(s => s.Name == "notifications")
            ?.WithEnvironment("Smtp__Host", "127.0.0.1")
            .WithEnvironment("Smtp__Port", maildev.SmtpPort.ToString(CultureInfo.InvariantCulture));

        if (options.Services.Contains(Gateway) && ProjectExists(options, "Gateway", "Gateway"))
        {
            var gateway = builder.AddProject(Gateway, "Gateway", "Gateway", options.GatewayPort)
                .WithEnvironment("Web__Root", Path.Combine(options.RepoRoot, "web"))
                .WithEnvironment("Web__VendorRoot", Path.Combine(options.RepoRoot, "node_modules"));
            foreach (var service in services)
            {
                gateway.WithReference(service).WaitFor(service);
            }
        }

        return builder.Build();
    }

    /// <summary>PostgreSQL, RabbitMQ and maildev only: what service tests need beside their WebApplicationFactory.</summary>
    public static DistributedApplication BuildInfrastructure(AppHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = DistributedApplication.CreateBuilder(options);
        AddInfrastructure(builder, options);
        return builder.Build();
    }

    private static (PostgresResource Postgres, RabbitMqResource RabbitMq, MaildevResource Maildev) AddInfrastructure(
        DistributedApplicationBuilder builder, AppHostOptions options)
    {
        var postgres = options.ExternalPostgres is { } externalPostgres
            ? builder.AddExternalPostgres("postgres", externalPostgres)
            : builder.AddPostgres("postgres", options.PostgresPort);
        var rabbitMq = options.ExternalRabbitMq is { } externalRabbitMq
            ? builder.AddExternalRabbitMq("rabbitmq", new Uri(externalRabbitMq))
            : builder.AddRabbitMq("rabbitmq", options.RabbitPort);
        var maildev = builder.AddMaildev("maildev", options.SmtpPort, options.MaildevWebPort, options.MaildevDirectory);
        return (postgres, rabbitMq, maildev);
    }

    /// <summary>Services are written in parallel with this model; one without a project yet is simply left out.</summary>
    private static bool ProjectExists(AppHostOptions options, string directory, string assembly) =>
        File.Exists(Path.Combine(options.RepoRoot, directory, assembly + ".csproj"));

    private static int PortOf(string service, AppHostOptions options) => service switch
    {
        "identity" => options.IdentityPort,
        "catalog" => options.CatalogPort,
        "orders" => options.OrdersPort,
        "payments" => options.PaymentsPort,
        "notifications" => options.NotificationsPort,
        "analytics" => options.AnalyticsPort,
        "reporting" => options.ReportingPort,
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a service of the model."),
    };
}
