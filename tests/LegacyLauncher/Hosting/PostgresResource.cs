using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using QommerceHub.AppHost.Local.Postgres;

namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>
/// PostgreSQL: a launcher-owned server in its own data folder, or an external server given by a superuser connection string.
/// Either way each service gets its own login role and schema in one shared database.
/// </summary>
public sealed partial class PostgresResource : ExecutableResource
{
    private readonly PostgresDataDirectory? dataDirectory;
    private readonly bool ephemeral;
    private readonly string binDirectory;
    private readonly byte[] passwordKeyWithoutSuperuserPassword = RandomNumberGenerator.GetBytes(32);
    private NpgsqlConnectionStringBuilder? superuser;
    private bool wiped;

    /// <param name="dataDirectory">Folder for the cluster, its socket folder and the superuser password file.</param>
    /// <param name="ephemeral">Throw-away data: wiped on first start, and durability switched off for speed.</param>
    public PostgresResource(string name, int port, string dataDirectory, bool ephemeral)
        : this(name, port, ephemeral, new PostgresDataDirectory(dataDirectory, PosixInterop.IsRoot), FindBinDirectory())
    {
    }

    /// <summary>An external server: nothing is started, provisioning uses this superuser connection.</summary>
    public PostgresResource(string name, string superuserConnectionString)
        : base(name)
    {
        superuser = new NpgsqlConnectionStringBuilder(superuserConnectionString);
        Port = superuser.Port;
        binDirectory = string.Empty;
        SetEndpoint("tcp", $"postgresql://{superuser.Host}:{Port}");
    }

    private PostgresResource(string name, int port, bool ephemeral, PostgresDataDirectory directory, string binDirectory)
        : this(name, port, ephemeral, directory, binDirectory,
            directory.AsPostgresUser(ServerCommand(binDirectory, directory, port, ephemeral), directory.Root))
    {
    }

    private PostgresResource(
        string name, int port, bool ephemeral, PostgresDataDirectory directory, string binDirectory, ProcessSpec server)
        : base(name, server.Command, server.Arguments, server.WorkingDirectory)
    {
        dataDirectory = directory;
        this.ephemeral = ephemeral;
        this.binDirectory = binDirectory;
        Port = port;

        // SIGINT is PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit.
        StopSignal = PosixInterop.SIGINT;
        StopTimeout = TimeSpan.FromSeconds(20);
        SetEndpoint("tcp", $"postgresql://127.0.0.1:{port}");
    }

    public override string Kind => "PostgreSQL";

    public int Port { get; }

    /// <summary>The shared database in which every service gets its schema.</summary>
    public string DatabaseName { get; init; } = "qommercehub";

    public string? DataDirectory => dataDirectory?.Data;

    /// <summary>Superuser connection to the postgres database; for a launcher-owned server, known once it has been started.</summary>
    public string SuperuserConnectionString => Superuser().ConnectionString;

    /// <summary>
    /// Makes sure role &lt;service&gt;_svc exists with schema &lt;service&gt; (owned by it, on its search_path) in
    /// <see cref="DatabaseName"/>, and returns its connection string. Idempotent; safe to call on every start.
    /// </summary>
    public async Task<string> EnsureServiceDatabaseAsync(string service, CancellationToken cancellationToken)
    {
        if (!ServiceNamePattern().IsMatch(service))
        {
            throw new ArgumentException($"'{service}' is not a valid service name (lower-case letters, digits, '_').", nameof(service));
        }

        if (!ServiceNamePattern().IsMatch(DatabaseName))
        {
            throw new InvalidOperationException($"'{DatabaseName}' is not a valid database name (lower-case letters, digits, '_').");
        }

        await WhenRunningAsync(cancellationToken);
        var role = $"{service}_svc";
        var password = ServicePassword(service);
        await PostgresProvisioner.EnsureDatabaseAsync(AdminConnectionString("postgres"), DatabaseName, cancellationToken);
        await PostgresProvisioner.EnsureServiceSchemaAsync(
            AdminConnectionString(DatabaseName), service, role, password, cancellationToken);

        var connection = new NpgsqlConnectionStringBuilder
        {
            Host = Superuser().Host,
            Port = Port,
            Database = DatabaseName,
            Username = role,
            Password = password,
        };
        return connection.ConnectionString;
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (dataDirectory is null)
        {
            return;
        }

        dataDirectory.CheckReachableByPostgresUser();
        if (ephemeral && !wiped)
        {
            dataDirectory.Wipe();
            wiped = true;
        }

        var password = await dataDirectory.EnsureInitializedAsync(binDirectory, ephemeral, AppendLog, cancellationToken);
        superuser = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Database = "postgres",
            Username = "postgres",
            Password = password,
        };
    }

    protected override async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        if (superuser is null)
        {
            return false;
        }

        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString("postgres"));
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }

    private static List<string> ServerCommand(string binDirectory, PostgresDataDirectory directory, int port, bool ephemeral)
    {
        List<string> command =
        [
            Path.Combine(binDirectory, "postgres"), "-D", directory.Data, "-p", port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={directory.Sockets}",

            // Seven services with their own pools plus tests outgrow the default of 100.
            "-c", "max_connections=300",
        ];
        if (ephemeral)
        {
            // Throw-away test data: durability costs start-up and test time for nothing.
            command.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        return command;
    }

    /// <summary>Debian installs each major version under /usr/lib/postgresql/&lt;major&gt;/bin; the newest wins.</summary>
    private static string FindBinDirectory()
    {
        const string debianRoot = "/usr/lib/postgresql";
        var newest = Directory.Exists(debianRoot)
            ? Directory.EnumerateDirectories(debianRoot)
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return newest ?? Path.GetDirectoryName(Executables.Find("postgres")) ?? debianRoot;
    }

    private NpgsqlConnectionStringBuilder Superuser() =>
        superuser ?? throw new InvalidOperationException($"PostgreSQL resource '{Name}' has not been started yet.");

    private string AdminConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Superuser().ConnectionString)
        {
            Database = database,
            Pooling = false,
            Timeout = 3,
        }.ConnectionString;

    /// <summary>
    /// Derived from the superuser password, so every launcher that administers this server agrees on it without storing
    /// another secret, and a role's password stays the same across calls and runs.
    /// </summary>
    private string ServicePassword(string service)
    {
        var key = Superuser().Password is { Length: > 0 } superuserPassword
            ? Encoding.UTF8.GetBytes(superuserPassword)
            : passwordKeyWithoutSuperuserPassword;
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"qommercehub-service-role:{service}"));
        return Convert.ToHexStringLower(mac.AsSpan(0, 20));
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,40}$")]
    private static partial Regex ServiceNamePattern();
}
