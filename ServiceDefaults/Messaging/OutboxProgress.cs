using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace QommerceHub.ServiceDefaults.Messaging;

/// <summary>
/// When the outbox dispatcher last got a batch confirmed by the broker, and whether it is failing now. A service
/// whose events stopped leaving must not look ready: the readiness check turns unhealthy after a minute of failing.
/// </summary>
public sealed class OutboxProgress(TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan StallTolerance = TimeSpan.FromMinutes(1);

    private DateTimeOffset? failingSince;

    public void Succeeded() => failingSince = null;

    public void Failed() => failingSince ??= clock.GetUtcNow();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(failingSince is { } since && clock.GetUtcNow() - since > StallTolerance
            ? HealthCheckResult.Unhealthy($"Outbox events have not reached the broker since {since:O}")
            : HealthCheckResult.Healthy());
}
