using Npgsql;

namespace QommerceHub.AppHost.Local.Postgres;

/// <summary>Creates the shared database and, per service, a login role that owns one schema and can reach no other.</summary>
internal static class PostgresProvisioner
{
    // Serialises provisioning across launchers that share one server (e.g. a dev instance beside a test run).
    private const long ProvisioningLockKey = 0x5148_0001;

    private const string DuplicateDatabase = "42P04";
    private const string UniqueViolation = "23505";

    public static async Task EnsureDatabaseAsync(string adminConnectionString, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        try
        {
            // CREATE DATABASE takes no parameters and cannot run in a transaction; the name was validated by the caller.
#pragma warning disable CA2100 // The database name is a validated identifier.
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
#pragma warning restore CA2100
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is DuplicateDatabase or UniqueViolation)
        {
            // Another launcher created it a moment ago.
        }
    }

    /// <summary>
    /// What only a superuser may do for the services' search indexes: the trigram extension, and ILIKE marked leakproof
    /// so PostgreSQL may use a trigram index under row-level security (docs/decisions/0008-search-under-row-level-security.md).
    /// </summary>
    public static readonly string[] SearchSupport =
    [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public",
        "ALTER FUNCTION pg_catalog.texticlike(text, text) LEAKPROOF",
    ];

    /// <param name="schema">Also the service name; validated as a plain identifier by the caller.</param>
    public static async Task EnsureServiceSchemaAsync(
        string databaseConnectionString, string schema, string role, string password, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(databaseConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Identifiers and the password literal cannot be bound as parameters in DDL.
        var quotedPassword = "'" + password.Replace("'", "''", StringComparison.Ordinal) + "'";
        string[] statements =
        [
            $"SELECT pg_advisory_xact_lock({ProvisioningLockKey})",
            $"""
            DO $$BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} LOGIN; END IF;
            END$$
            """,
            $"ALTER ROLE {role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {quotedPassword}",
            $"ALTER ROLE {role} SET search_path = {schema}",
            $"CREATE SCHEMA IF NOT EXISTS {schema} AUTHORIZATION {role}",
            $"ALTER SCHEMA {schema} OWNER TO {role}",
            .. SearchSupport,
        ];
        foreach (var sql in statements)
        {
#pragma warning disable CA2100 // Built only from validated identifiers and a quoted literal, see above.
            await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
