using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace QommerceHub.AppHost.Local.Postgres;

internal static class LocalPostgresExtensions
{
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>PostgreSQL from Debian's postgresql package on 127.0.0.1:&lt;PostgresPort&gt;, data in &lt;DataDir&gt;/&lt;name&gt;.</summary>
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, LocalSettings settings)
    {
        var directory = new PostgresDataDirectory(name, settings.DataDirectoryOf(name), runAsPostgresUser: Environment.UserName == "root");
        if (settings.Ephemeral)
        {
            directory.Wipe();
        }

        var password = directory.ReadOrCreatePassword();
        var binDirectory = FindBinDirectory();
        var server = directory.AsPostgresUser(ServerCommand(binDirectory ?? DebianRoot, directory, settings));
        var postgres = builder.AddResource(new LocalPostgresResource(name, server[0], directory.Root, directory, password ?? string.Empty))
            .WithArgs([.. server.Skip(1)])
            .WithEndpoint(port: settings.PostgresPort, targetPort: settings.PostgresPort, scheme: "tcp", name: LocalPostgresResource.EndpointName, isProxied: false)
            .WithIconName("Database")
            .BeforeEachStart(async (log, ct) =>
            {
                if (binDirectory is null)
                {
                    throw new LocalResourceException(
                        $"{name}: no PostgreSQL server under {DebianRoot}/<version>/bin: install Debian's postgresql package (scripts/setup.sh does it).");
                }

                if (directory.RunAsPostgresUser && ProcessRunner.Find("setpriv") is null)
                {
                    throw new LocalResourceException($"{name}: setpriv is missing: install Debian's util-linux package.");
                }

                await directory.EnsureInitializedAsync(binDirectory, settings.Ephemeral, log, ct);
            });

        var healthCheck = $"{name}-accepts-connections";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async ct =>
            await CanConnectAsync(await postgres.Resource.ConnectionStringExpression.GetValueAsync(ct), ct)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"PostgreSQL does not accept connections on port {settings.PostgresPort} yet"));
        return postgres.WithHealthCheck(healthCheck);
    }

    /// <summary>
    /// A login role and schema for one service, provisioned once the server is healthy (idempotent, on every start);
    /// healthy once the service's own role can log in.
    /// </summary>
    public static IResourceBuilder<ServiceDatabaseResource> AddServiceDatabase(
        this IResourceBuilder<LocalPostgresResource> postgres, string name, string schema)
    {
        var builder = postgres.ApplicationBuilder;
        var database = builder.AddResource(
                new ServiceDatabaseResource(name, schema, ServicePassword(postgres.Resource.SuperuserPassword, schema), postgres.Resource))
            .WithIconName("DatabaseStack")
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "ServiceDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new("schema", schema), new("role", schema + "_svc"), new("database", ServiceDatabaseResource.DatabaseName)],
            });

        builder.Eventing.Subscribe<ResourceReadyEvent>(postgres.Resource, async (e, ct) =>
        {
            var notifications = e.Services.GetRequiredService<ResourceNotificationService>();
            var log = e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(database.Resource);
            try
            {
                await ProvisionAsync(postgres.Resource, database.Resource, ct);
                log.LogInformation("Role {Role} owns schema {Schema} in database {Database}", database.Resource.Role, schema, ServiceDatabaseResource.DatabaseName);
                await notifications.PublishUpdateAsync(database.Resource, s => s with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow });
            }
            catch (Exception problem) when (problem is NpgsqlException or InvalidOperationException)
            {
                log.LogError(problem, "Provisioning role {Role} and schema {Schema} failed", database.Resource.Role, schema);
                await Console.Error.WriteLineAsync($"[{name}] provisioning failed: {problem.Message}");
                await notifications.PublishUpdateAsync(database.Resource, s => s with { State = KnownResourceStates.FailedToStart });
            }
        });

        var healthCheck = $"{name}-role-can-log-in";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async ct =>
            await CanConnectAsync(await database.Resource.ConnectionStringExpression.GetValueAsync(ct), ct)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"role {database.Resource.Role} cannot log in yet"));
        return database.WithHealthCheck(healthCheck);
    }

    private static async Task ProvisionAsync(LocalPostgresResource postgres, ServiceDatabaseResource database, CancellationToken ct)
    {
        var superuser = await postgres.ConnectionStringExpression.GetValueAsync(ct);
        string Admin(string db) => new NpgsqlConnectionStringBuilder(superuser) { Database = db, Pooling = false, Timeout = 5 }.ConnectionString;
        await PostgresProvisioner.EnsureDatabaseAsync(Admin("postgres"), ServiceDatabaseResource.DatabaseName, ct);
        await PostgresProvisioner.EnsureServiceSchemaAsync(
            Admin(ServiceDatabaseResource.DatabaseName), database.Schema, database.Role, database.Password, ct);
    }

    private static async Task<bool> CanConnectAsync(string? connectionString, CancellationToken ct)
    {
        try
        {
            var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 };
            await using var connection = new NpgsqlConnection(probe.ConnectionString);
            await connection.OpenAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Derived from the superuser password (as the old launcher did), so a role's password stays the same across runs
    /// and every host administering this data folder agrees on it without storing another secret.
    /// </summary>
    private static string ServicePassword(string superuserPassword, string service)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(superuserPassword), Encoding.UTF8.GetBytes($"qommercehub-service-role:{service}"));
        return Convert.ToHexStringLower(mac.AsSpan(0, 20));
    }

    private static List<string> ServerCommand(string binDirectory, PostgresDataDirectory directory, LocalSettings settings)
    {
        List<string> command =
        [
            Path.Combine(binDirectory, "postgres"), "-D", directory.Data, "-p", settings.PostgresPort.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={directory.Sockets}",

            // Seven services with their own pools plus tests outgrow the default of 100.
            "-c", "max_connections=300",
            // Invoices and their outbox messages are mostly compressed PDF; lz4 gives up on them far sooner than pglz,
            // which took 5 % of PostgreSQL's CPU per order. (A managed database sets this in its parameter group.)
            "-c", "default_toast_compression=lz4",
        ];
        if (settings.Ephemeral)
        {
            // Throw-away data: durability costs start-up and test time for nothing.
            command.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        return command;
    }

    /// <summary>Debian installs each major version under /usr/lib/postgresql/&lt;major&gt;/bin; the newest wins.</summary>
    private static string? FindBinDirectory() =>
        Directory.Exists(DebianRoot)
            ? Directory.EnumerateDirectories(DebianRoot)
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
}
