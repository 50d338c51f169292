using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace QommerceHub.ServiceDefaults.Data;

/// <summary>
/// A PostgreSQL session advisory lock per service schema, held while migrations run, so replicas (or init containers)
/// starting together take turns: the first applies the migrations, the others then find nothing left to apply.
/// The lock lives on its own connection and ends with it, so a replica killed mid-migration never leaves it held.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    private const string LockNamespace = "qommercehub.migrations";
    private readonly NpgsqlConnection connection;

    private MigrationLock(NpgsqlConnection connection) => this.connection = connection;

    public static async Task<MigrationLock> AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext(@ns), hashtext(@schema))", connection);
            command.Parameters.AddWithValue("ns", LockNamespace);
            command.Parameters.AddWithValue("schema", db.Model.GetDefaultSchema() ?? db.GetType().FullName!);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new MigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the session releases the lock; pooled connections would keep it, hence pg_advisory_unlock_all first.
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
