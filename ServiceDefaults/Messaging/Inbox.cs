using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.ServiceDefaults.Messaging;

/// <summary>
/// Records which messages a consumer has applied, inside the consumer's transaction. One statement claims a whole
/// batch, and a message id already recorded (a redelivery, or a concurrent delivery that committed first) is simply
/// not returned: no exception, so the transaction stays usable and needs no savepoint.
/// </summary>
internal static class Inbox
{
    /// <summary>
    /// Begins the consumer's transaction and claims the messages in one round trip: the store is set on the connection
    /// by the claim's batch (after Npgsql's BEGIN) instead of by a statement of its own when the connection opens.
    /// </summary>
    public static async Task<(IDbContextTransaction Transaction, HashSet<Guid> Claimed)> BeginAndClaimAsync(
        ServiceDbContext db, string consumer, IReadOnlyCollection<Guid> messageIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        IDbContextTransaction transaction;
        using (TenantConnectionInterceptor.SetByFirstStatement(db.Database.GetDbConnection()))
            transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            return (transaction, await ClaimAsync(db, transaction, consumer, messageIds, at, cancellationToken));
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    private static async Task<HashSet<Guid>> ClaimAsync(
        ServiceDbContext db, IDbContextTransaction transaction, string consumer, IReadOnlyCollection<Guid> messageIds, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var table = db.Model.FindEntityType(typeof(InboxMessage))!;
        var dbTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();
        // The table name comes from the EF model, never from input.
        var claim = new NpgsqlBatchCommand(
            $"""
             INSERT INTO "{table.GetSchema()}"."{table.GetTableName()}" (message_id, consumer, processed_at)
             SELECT DISTINCT id, @consumer, @at FROM unnest(@ids) AS id
             ON CONFLICT DO NOTHING
             RETURNING message_id
             """);
        claim.Parameters.Add(new NpgsqlParameter<string>("consumer", consumer));
        claim.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("at", at));
        claim.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. messageIds] });
        await using var batch = new NpgsqlBatch(dbTransaction.Connection, dbTransaction)
        {
            BatchCommands = { TenantConnectionInterceptor.SetTenantCommand(db.Tenant), claim },
        };

        var claimed = new HashSet<Guid>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken); // past set_config's one row
        while (await reader.ReadAsync(cancellationToken)) claimed.Add(reader.GetGuid(0));
        return claimed;
    }
}
