using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QommerceHub.Contracts;

namespace QommerceHub.ServiceDefaults.Auth;

/// <summary>
/// A starting instance has heard no revocation yet: once its bus (and so its own revocation queue) is up, it
/// announces itself and Identity announces again every revocation whose tokens may still be alive.
/// </summary>
internal sealed class RevocationCatchUp(IBusControl bus, string serviceName, ILogger<RevocationCatchUp> logger) : BackgroundService
{
    private static readonly TimeSpan retryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30)) != BusHealthStatus.Healthy) continue;
                await bus.Publish(new ServiceInstanceStarted { TenantId = 0, Service = serviceName }, stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not announce this instance for revocation catch-up; retrying");
                await Task.Delay(retryDelay, stoppingToken);
            }
        }
    }
}
