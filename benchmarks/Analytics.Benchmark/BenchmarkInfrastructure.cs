using Npgsql;
using QommerceHub.LegacyLauncher;
using QommerceHub.LegacyLauncher.Hosting;

namespace QommerceHub.Analytics.Benchmark;

/// <summary>
/// PostgreSQL and RabbitMQ for the run, started with the AppHost's own launcher on free ports and thrown away
/// afterwards (fsync off, like the test fixture), unless existing servers are given.
/// </summary>
public sealed class BenchmarkInfrastructure : IAsyncDisposable
{
    private DistributedApplication? app;
    private string? dataDirectory;

    public required string AnalyticsDatabase { get; init; }
    public required string SuperuserDatabase { get; init; }
    public required string Messaging { get; init; }
    public required bool Throwaway { get; init; }

    public static async Task<BenchmarkInfrastructure> StartAsync(BenchmarkOptions options)
    {
        var hostOptions = new AppHostOptions
        {
            DataDir = Path.Combine(Path.GetTempPath(), "qommercehub-analytics-benchmark", Guid.NewGuid().ToString("N")),
            Ephemeral = true,
            DashboardPort = 0,
            ExternalPostgres = options.Postgres,
            ExternalRabbitMq = options.RabbitMq,
        }.UseFreePorts();
        var app = QommerceHubApp.BuildInfrastructure(hostOptions);
        await app.StartAsync();
        var postgres = app.GetResource<PostgresResource>("postgres");
        var analytics = await postgres.EnsureServiceDatabaseAsync("analytics", CancellationToken.None);
        return new BenchmarkInfrastructure
        {
            app = app,
            dataDirectory = hostOptions.DataDir,
            AnalyticsDatabase = analytics,
            SuperuserDatabase = new NpgsqlConnectionStringBuilder(postgres.SuperuserConnectionString) { Database = postgres.DatabaseName }.ConnectionString,
            Messaging = app.GetResource<RabbitMqResource>("rabbitmq").ConnectionString,
            Throwaway = options.Postgres is null,
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        try
        {
            if (dataDirectory is not null && Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: files owned by the postgres OS user are left to the temp cleaner.
        }
    }
}
