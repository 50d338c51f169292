using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows, oldest first, and marks them sent. Rows are locked with SKIP LOCKED,
/// so several instances can run; a crash between publish and mark re-publishes, and consumers' inboxes
/// drop the duplicate.
/// </summary>
/// <remarks>
/// A batch waits for the broker's confirms at most <see cref="ConfirmTimeout"/>: a confirm lost with a dying
/// connection otherwise blocks the dispatcher for good while the service keeps consuming and looks healthy
/// (RabbitMQ.Client 7.2 can leave such a publish pending after a broker restart). The batch then rolls back and is
/// published again; when batches keep timing out (about half a minute), the client's publish channel may be wedged
/// for good, so the bus is restarted, which opens a new connection and channels. Timeouts count towards that only
/// while the bus reports itself healthy (connected): during an outage the bus reconnects on its own.
/// </remarks>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes, OutboxSignal signal, OutboxProgress progress, IBusControl busControl, TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger)
    : BackgroundService where TContext : ServiceDbContext
{
    public static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(10);
    private const int BatchSize = 100;
    private const int TimeoutsBeforeBusRestart = 3;
    private static readonly TimeSpan busStopDeadline = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan pollInterval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        var unconfirmedBatches = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await DispatchBatchAsync(stoppingToken);
                failures = 0;
                unconfirmedBatches = 0;
                progress.Succeeded();
                if (sent < BatchSize) await signal.WaitAsync(pollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                progress.Failed();
                var delay = TimeSpan.FromMilliseconds(Math.Min(250 * Math.Pow(2, failures), 15_000));
                logger.LogWarning(ex, "Outbox dispatch failed; retrying in {Delay}", delay);
                // Only a bus that says it is connected is wedged: while the broker is away the bus reconnects by
                // itself, and a restart in the middle of that left receive endpoints degraded for good.
                if (ex is TimeoutException && busControl.CheckHealth().Status == BusHealthStatus.Healthy
                    && ++unconfirmedBatches >= TimeoutsBeforeBusRestart)
                {
                    unconfirmedBatches = 0;
                    await RestartBusAsync(stoppingToken);
                }

                await Task.Delay(delay, clock, stoppingToken);
            }
        }
    }

    private async Task RestartBusAsync(CancellationToken stoppingToken)
    {
        logger.LogError("Outbox publishes keep going unconfirmed; restarting the bus to open a new connection and channels");
        try
        {
            // A stop cut short goes on in the background and cancels the consumers after StartAsync has returned
            // ("already started"), leaving every receive endpoint stopped: let it finish. The client's own
            // 20-s operation timeout ends the wedged channel's calls well inside this deadline.
            using var stopDeadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            stopDeadline.CancelAfter(busStopDeadline);
            await busControl.StopAsync(stopDeadline.Token);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The bus did not stop cleanly; starting it again anyway");
        }

        try
        {
            await busControl.StartAsync(stoppingToken);
            logger.LogWarning("Bus restarted after unconfirmed outbox publishes");
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The bus did not start again; the next dispatch attempt retries");
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var bus = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        var table = db.Model.FindEntityType(typeof(OutboxMessage))!;
        var qualified = $"\"{table.GetSchema()}\".\"{table.GetTableName()}\"";

        // All or nothing: EF's savepoints would cost round trips per batch for nothing.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The table name comes from the EF model, never from input.
#pragma warning disable EF1002
        var batch = await db.OutboxMessages
            .FromSqlRaw($"SELECT * FROM {qualified} WHERE sent_at IS NULL ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002

        // The batch goes out concurrently: waiting for each broker confirm in turn caps throughput at a few
        // hundred a second. Consumers are order-tolerant (versions, ledger ids), so order within a batch is free.
        using var confirmDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        confirmDeadline.CancelAfter(ConfirmTimeout);
        try
        {
            // WaitAsync too: a publish stuck inside the client may not observe the token at all.
            await Task.WhenAll(batch.Select(row => PublishAsync(bus, row, confirmDeadline.Token))).WaitAsync(ConfirmTimeout, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm {batch.Count} outbox messages within {ConfirmTimeout.TotalSeconds:0} s");
        }

        // One statement for the batch: saving each tracked row was one UPDATE per message.
        var sentAt = clock.GetUtcNow();
        var ids = batch.Select(row => row.Id).ToList();
        if (ids.Count > 0) // an empty poll writes nothing
            await db.OutboxMessages.Where(row => ids.Contains(row.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.SentAt, sentAt).SetProperty(row => row.Attempts, row => row.Attempts + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    private static async Task PublishAsync(IPublishEndpoint bus, OutboxMessage row, CancellationToken cancellationToken)
    {
        using var activity = OutboxTracing.StartPublish(row.TraceParent);
        var message = row.ToMessage();
        await bus.Publish(message, message.GetType(), Pipe.Execute<PublishContext>(ctx =>
        {
            ctx.MessageId = row.MessageId;
            if (row.CorrelationId is not null) ctx.Headers.Set(CorrelationContext.HeaderName, row.CorrelationId);
        }), cancellationToken);
    }
}
