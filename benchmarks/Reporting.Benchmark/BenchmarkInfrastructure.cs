using Npgsql;
using QommerceHub.LegacyLauncher;
using QommerceHub.LegacyLauncher.Hosting;

namespace QommerceHub.Reporting.Benchmark;

/// <summary>
/// PostgreSQL and RabbitMQ for the run, started with the AppHost's own launcher on free loopback ports and thrown
/// away afterwards (fsync off, like the test fixture).
/// </summary>
public sealed class BenchmarkInfrastructure : IAsyncDisposable
{
    private DistributedApplication? app;

    public required string ReportingDatabase { get; init; }
    public required string SuperuserDatabase { get; init; }
    public required string Messaging { get; init; }

    public static async Task<BenchmarkInfrastructure> StartAsync()
    {
        var hostOptions = new AppHostOptions
        {
            DataDir = Path.Combine(Path.GetTempPath(), "qommercehub-reporting-benchmark", Guid.NewGuid().ToString("N")),
            Ephemeral = true,
            DashboardPort = 0,
        }.UseFreePorts();
        var app = QommerceHubApp.BuildInfrastructure(hostOptions);
        await app.StartAsync();
        var postgres = app.GetResource<PostgresResource>("postgres");
        return new BenchmarkInfrastructure
        {
            app = app,
            ReportingDatabase = await postgres.EnsureServiceDatabaseAsync("reporting", CancellationToken.None),
            SuperuserDatabase = new NpgsqlConnectionStringBuilder(postgres.SuperuserConnectionString) { Database = postgres.DatabaseName }.ConnectionString,
            Messaging = app.GetResource<RabbitMqResource>("rabbitmq").ConnectionString,
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }
}
