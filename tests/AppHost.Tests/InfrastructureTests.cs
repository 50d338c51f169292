using System.Net;
using System.Net.Http.Json;
using Npgsql;
using QommerceHub.LegacyLauncher.Hosting;

namespace QommerceHub.LegacyLauncher.Tests;

public sealed class InfrastructureTests
{
    private const string InsufficientPrivilege = "42501";

    [Fact]
    public async Task Infrastructure_starts_and_stops_without_leaving_processes()
    {
        using var dataDir = new TemporaryDirectory();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var ct = timeout.Token;
        var options = new AppHostOptions { DataDir = dataDir.Path, Ephemeral = true }.UseFreePorts();
        await using var app = QommerceHubApp.BuildInfrastructure(options);

        await app.StartAsync(ct);

        var postgres = app.GetResource<PostgresResource>("postgres");
        var catalog = await postgres.EnsureServiceDatabaseAsync("catalog", ct);
        var orders = await postgres.EnsureServiceDatabaseAsync("orders", ct);
        Assert.Equal(catalog, await postgres.EnsureServiceDatabaseAsync("catalog", ct));
        await ExecuteAsync(orders, "CREATE TABLE customer_secrets (id int); INSERT INTO customer_secrets VALUES (1)", ct);
        await ExecuteAsync(catalog, "CREATE TABLE products (id int); INSERT INTO products VALUES (1)", ct);

        var denied = await Assert.ThrowsAsync<PostgresException>(
            () => ExecuteAsync(catalog, "SELECT * FROM orders.customer_secrets", ct));
        Assert.Equal(InsufficientPrivilege, denied.SqlState);

        Assert.True(await ReadinessProbes.AmqpAnswersAsync("127.0.0.1", options.RabbitPort, ct));
        Assert.Equal($"amqp://guest:guest@127.0.0.1:{options.RabbitPort}/", app.GetResource<RabbitMqResource>("rabbitmq").ConnectionString);

        using var http = new HttpClient();
        using var emails = await http.GetAsync(app.GetResource<MaildevResource>("maildev").EmailsUrl, ct);
        Assert.Equal(HttpStatusCode.OK, emails.StatusCode);

        var dashboard = await http.GetFromJsonAsync<List<DashboardRow>>(new Uri(app.DashboardUrl!, "api/resources"), ct);
        Assert.Equal(["postgres", "rabbitmq", "maildev"], dashboard!.Select(r => r.Name));
        Assert.All(dashboard!, r => Assert.Equal("Running", r.State));

        await AssertExternalServersAreProvisionedButNotStartedAsync(app, dataDir, ct);

        var pids = app.AllProcessIds();
        Assert.Contains(postgres.Pid!.Value, pids);
        Assert.True(pids.Count > 5, $"expected the servers and their children, got {pids.Count} processes");

        await app.StopAsync(ct);

        var survivors = () => pids.Where(ProcessTree.IsAlive).ToList();
        Assert.True(await Eventually.HoldsAsync(() => survivors().Count == 0, TimeSpan.FromSeconds(30)),
            $"still alive after StopAsync: {string.Join(", ", survivors())}");
        Assert.All(app.Resources, r => Assert.Equal(ResourceState.Stopped, r.State));
    }

    /// <summary>A second launcher pointed at the first one's servers starts neither server yet provisions its own service.</summary>
    private static async Task AssertExternalServersAreProvisionedButNotStartedAsync(
        DistributedApplication owner, TemporaryDirectory dataDir, CancellationToken ct)
    {
        var options = new AppHostOptions
        {
            DataDir = Path.Combine(dataDir.Path, "external"),
            DashboardPort = 0,
            ExternalPostgres = owner.GetResource<PostgresResource>("postgres").SuperuserConnectionString,
            ExternalRabbitMq = owner.GetResource<RabbitMqResource>("rabbitmq").ConnectionString,
        }.UseFreePorts();
        await using var external = QommerceHubApp.BuildInfrastructure(options);
        await external.StartAsync(ct);

        var postgres = external.GetResource<PostgresResource>("postgres");
        var reporting = await postgres.EnsureServiceDatabaseAsync("reporting", ct);
        await ExecuteAsync(reporting, "CREATE TABLE invoices (id int)", ct);
        Assert.Null(postgres.Pid);
        Assert.Null(external.GetResource<RabbitMqResource>("rabbitmq").Pid);
        Assert.Equal(ResourceState.Running, external.GetResource<RabbitMqResource>("rabbitmq").State);
        await external.StopAsync(ct);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private sealed record DashboardRow(string Name, string State);
}
