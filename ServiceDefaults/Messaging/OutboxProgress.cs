using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace QommerceHub.ServiceDefaults.Messaging;

/// <summary>
/// Whether the outbox dispatcher is failing to get batches confirmed, and since when. A service whose events stopped
/// leaving must not look ready: the readiness check turns unhealthy after a minute of failing.
/// </summary>
public sealed class OutboxProgress(TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan StallTolerance = TimeSpan.FromMinutes(1);

    /// <summary>UTC ticks of the first failure in a row, 0 while dispatching works; ticks so health checks on other threads read it whole.</summary>
    private long failingSinceTicks;

    public void Succeeded() => Interlocked.Exchange(ref failingSinceTicks, 0);

    public void Failed() => Interlocked.CompareExchange(ref failingSinceTicks, clock.GetUtcNow().UtcTicks, 0);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var ticks = Interlocked.Read(ref failingSinceTicks);
        var since = new DateTimeOffset(ticks, TimeSpan.Zero);
        return Task.FromResult(ticks != 0 && clock.GetUtcNow() - since > StallTolerance
            ? HealthCheckResult.Unhealthy($"Outbox events have not reached the broker since {since:O}")
            : HealthCheckResult.Healthy());
    }
}
