using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace QommerceHub.Analytics.Live;

/// <summary>Announces a unit of work's <see cref="PendingSalesUpdates"/> when its transaction commits.</summary>
public sealed class SalesUpdateInterceptor(PendingSalesUpdates updates) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        updates.Announce();
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => updates.Announce();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        updates.Discard();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => updates.Discard();
}
