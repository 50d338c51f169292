using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.ServiceDefaults.Messaging;

/// <summary>
/// Records which messages a consumer has applied, inside the consumer's open transaction. One statement claims a
/// whole batch, and a message id already recorded (a redelivery, or a concurrent delivery that committed first) is
/// simply not returned: no exception, so the transaction stays usable and needs no savepoint.
/// </summary>
internal static class Inbox
{
    public static async Task<HashSet<Guid>> ClaimAsync(
        ServiceDbContext db, string consumer, IReadOnlyCollection<Guid> messageIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = db.Model.FindEntityType(typeof(InboxMessage))!;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The inbox is claimed inside the consumer's transaction");
        await using var command = new NpgsqlCommand(
            // The table name comes from the EF model, never from input.
            $"""
             INSERT INTO "{table.GetSchema()}"."{table.GetTableName()}" (message_id, consumer, processed_at)
             SELECT DISTINCT id, @consumer, @at FROM unnest(@ids) AS id
             ON CONFLICT DO NOTHING
             RETURNING message_id
             """,
            (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("consumer", consumer));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("at", at));
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. messageIds] });

        var claimed = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) claimed.Add(reader.GetGuid(0));
        return claimed;
    }
}
