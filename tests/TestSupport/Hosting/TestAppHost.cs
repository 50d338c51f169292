using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QommerceHub.Testing.Hosting;

/// <summary>
/// The AppHost's own app model for a test: services on fresh ports (DCP's), the local PostgreSQL, RabbitMQ and maildev on
/// free ports and a throw-away data folder, no dashboard; so it runs beside a developer's copy and the shared system.
/// </summary>
public sealed class TestAppHost
{
    public string DataDir { get; } = ThrowAwayDirectory.CreateTraversable("qh-aspire-");

    /// <summary>PostgreSQL, RabbitMQ, SMTP and maildev's web port, in that order.</summary>
    public IReadOnlyList<int> InfrastructurePorts { get; } = FreePorts.Pick(4);

    public int SmtpPort => InfrastructurePorts[2];

    public Uri MaildevUrl => new($"http://127.0.0.1:{InfrastructurePorts[3]}");

    public Uri MaildevEmails => new(MaildevUrl, "/api/email");

    public Task<IDistributedApplicationTestingBuilder> CreateBuilderAsync(int replicas, CancellationToken cancellationToken) =>
        DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [
                "--DcpPublisher:RandomizePorts=true",
                $"--QommerceHub:Replicas={replicas}",
                $"--QommerceHub:DataDir={DataDir}", "--QommerceHub:Ephemeral=true",
                $"--QommerceHub:PostgresPort={InfrastructurePorts[0]}", $"--QommerceHub:RabbitMqPort={InfrastructurePorts[1]}",
                $"--QommerceHub:SmtpPort={InfrastructurePorts[2]}", $"--QommerceHub:MaildevWebPort={InfrastructurePorts[3]}",
            ],
            (options, _) => options.DisableDashboard = true,
            cancellationToken);

    /// <summary>
    /// The app model built and not started; <paramref name="infrastructureOnly"/> leaves the services and the gateway out,
    /// for tests that host one service themselves.
    /// </summary>
    public async Task<DistributedApplication> BuildAsync(int replicas, bool infrastructureOnly, CancellationToken cancellationToken)
    {
        var builder = await CreateBuilderAsync(replicas, cancellationToken);
        // Resources failing their health checks while they start is expected; it only buries a failure's cause. Every
        // resource's own log lines would flood the test console; SystemFixture.SaveLogs keeps them for a failure.
        builder.Services.AddLogging(logging => logging
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter($"{builder.Environment.ApplicationName}.Resources", LogLevel.None));
        // No dashboard means no collector: left alone, every service would export its telemetry each second to a
        // port nobody listens on, and keep the failed batches to retry, which costs CPU the figures should not include.
        foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
            builder.CreateResourceBuilder(project).WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT"));
        if (infrastructureOnly)
        {
            foreach (var project in builder.Resources.OfType<ProjectResource>().ToList())
                builder.Resources.Remove(project);
        }

        return await builder.BuildAsync(cancellationToken);
    }

    public void DeleteData()
    {
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the OS cleans its temp folder.
        }
    }
}
