using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace QommerceHub.Orders.Infrastructure;

/// <summary>
/// Runs an <see cref="OrdersDbContext"/>'s after-commit actions, so in-process listeners (the order placement
/// waiting for its reservation) hear about a change only once other connections can read it.
/// </summary>
internal sealed class AfterCommitInterceptor : DbTransactionInterceptor
{
    public static readonly AfterCommitInterceptor Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as OrdersDbContext)?.TransactionEnded(committed: true);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as OrdersDbContext)?.TransactionEnded(committed: true);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as OrdersDbContext)?.TransactionEnded(committed: false);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as OrdersDbContext)?.TransactionEnded(committed: false);
        return Task.CompletedTask;
    }
}
