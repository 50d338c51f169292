using Aspire.Hosting;
using Aspire.Hosting.Testing;
using QommerceHub.LegacyLauncher.Hosting;

namespace QommerceHub.SystemTests.Aspire;

/// <summary>
/// The AppHost's own app model for a test: services on fresh ports (DCP's), the local PostgreSQL, RabbitMQ and maildev on
/// free ports and a throw-away data folder, no dashboard; so it runs beside a developer's copy and the shared system.
/// </summary>
public sealed class TestAppHost
{
    public string DataDir { get; } = ThrowAwayDirectory.CreateTraversable("qh-aspire-");

    /// <summary>PostgreSQL, RabbitMQ, SMTP and maildev's web port, in that order.</summary>
    public IReadOnlyList<int> InfrastructurePorts { get; } = FreePorts.Pick(4);

    public Uri MaildevEmails => new($"http://127.0.0.1:{InfrastructurePorts[3]}/api/email");

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
