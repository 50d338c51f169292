using Npgsql;

namespace QommerceHub.Analytics.Live;

/// <summary>
/// Listens on PostgreSQL's <see cref="SalesNotice.Channel"/> over a connection of its own and hands each notice to
/// this instance's <see cref="SalesUpdateHub"/>. Notices sent while the connection was down are not replayed, so
/// after a reconnect every open stream is told to refetch once: a dashboard may refetch needlessly, never miss a sale.
/// </summary>
public sealed class SalesUpdateListener(
    IConfiguration configuration, SalesUpdateHub hub, ILogger<SalesUpdateListener> logger) : BackgroundService
{
    public const string ResyncReason = "resync";
    /// <summary>The listening connection's name in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "analytics-sales-listener";
    private static readonly TimeSpan idleCheck = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan retryDelay = TimeSpan.FromSeconds(2);

    /// <summary>Set once the first LISTEN is in place; a stream opened after it misses nothing.</summary>
    public Task Listening => listening.Task;

    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("analyticsdb")
            ?? throw new InvalidOperationException("ConnectionStrings:analyticsdb is not configured"))
        {
            ApplicationName = ApplicationName,
            Pooling = false, // a broken listening connection is dropped, never handed back to a pool
        }.ConnectionString;
        var reconnecting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => Deliver(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {SalesNotice.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                listening.TrySetResult();
                if (reconnecting)
                {
                    logger.LogInformation("Listening for sales updates again; open dashboards are told to refetch");
                    hub.PublishToAll(new SalesUpdate(ResyncReason));
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    // A wait that times out checks the connection, so a dead one is noticed without a sale.
                    if (!await connection.WaitAsync(idleCheck, stoppingToken))
                        await using (var ping = new NpgsqlCommand("SELECT 1", connection)) await ping.ExecuteScalarAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("Listening for sales updates failed ({Message}); reconnecting", ex.Message);
                reconnecting = true;
                await Task.Delay(retryDelay, stoppingToken);
            }
        }
    }

    private void Deliver(string payload)
    {
        if (SalesNotice.FromPayload(payload) is { } notice) hub.Publish(notice.TenantId, notice.Update);
        else logger.LogWarning("Ignored a sales-update notice that is not one: {Payload}", payload);
    }
}
