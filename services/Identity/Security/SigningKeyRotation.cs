namespace QommerceHub.Identity.Security;

/// <summary>Loads the signing keys before the first request and rotates them on schedule.</summary>
public sealed class SigningKeyRotation(SigningKeyStore store, ILogger<SigningKeyRotation> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.EnsureFreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await store.EnsureFreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not refresh signing keys; keeping the current ones");
            }
        }
    }
}
