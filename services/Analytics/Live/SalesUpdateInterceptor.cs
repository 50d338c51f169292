using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace QommerceHub.Analytics.Live;

/// <summary>
/// Sends a unit of work's <see cref="PendingSalesUpdates"/> with <c>pg_notify</c> just before its transaction
/// commits. PostgreSQL delivers a notification only if, and once, that transaction commits, to every Analytics
/// instance listening (<see cref="SalesUpdateListener"/>), so a dashboard hears of every sale whichever instance
/// projected it, and never of work that rolled back.
/// </summary>
public sealed class SalesUpdateInterceptor(PendingSalesUpdates updates) : DbTransactionInterceptor
{
    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        var notices = updates.Take();
        if (notices.Count > 0)
        {
            await using var command = NotifyCommand(transaction, notices);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return result;
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        var notices = updates.Take();
        if (notices.Count > 0)
        {
            using var command = NotifyCommand(transaction, notices);
            command.ExecuteNonQuery();
        }
        return result;
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        updates.Discard();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => updates.Discard();

    private static NpgsqlCommand NotifyCommand(DbTransaction transaction, IReadOnlyList<SalesNotice> notices) =>
        new($"SELECT pg_notify('{SalesNotice.Channel}', payload) FROM unnest(@payloads) AS payload",
            (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction)
        {
            Parameters = { new NpgsqlParameter<string[]>("payloads", notices.Select(n => n.ToPayload()).ToArray()) },
        };
}
