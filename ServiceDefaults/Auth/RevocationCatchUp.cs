using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace QommerceHub.ServiceDefaults.Auth;

/// <summary>A revocation still in force, as Identity lists it for instances that start late.</summary>
public sealed record RevocationNotice(int UserId, int ValidFromVersion, DateTimeOffset ExpiresBy, IReadOnlyList<Guid>? SessionIds);

/// <summary>
/// An instance that starts after a revocation never heard its <c>AccessRevoked</c> message, so at start-up it asks
/// Identity for every revocation still in force (<see cref="Path"/>) and keeps them beside those it hears from
/// then on (docs/decisions/0004-access-token-revocation.md). It retries with back-off until Identity answers.
/// </summary>
public sealed class RevocationCatchUp(RevokedAccess revokedAccess, IHttpClientFactory clients, IConfiguration configuration, ILogger<RevocationCatchUp> logger)
    : BackgroundService
{
    public const string Path = "/internal/access-revocations";
    private static readonly JsonSerializerOptions json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<int> CatchUpAsync(HttpClient identity, RevokedAccess into, CancellationToken cancellationToken)
    {
        var notices = await identity.GetFromJsonAsync<List<RevocationNotice>>(Path, json, cancellationToken) ?? [];
        foreach (var notice in notices)
        {
            into.Revoke(notice.UserId, notice.ValidFromVersion, notice.ExpiresBy);
            if (notice.SessionIds is { Count: > 0 } sessions) into.EndSessions(sessions, notice.ExpiresBy);
        }
        return notices.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if ((configuration["services:identity:http:0"] ?? configuration["Jwt:Authority"]) is not { } address) return;
        using var identity = clients.CreateClient(nameof(RevocationCatchUp));
        identity.BaseAddress = new Uri(address);
        for (var wait = TimeSpan.FromSeconds(1); !stoppingToken.IsCancellationRequested; wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(30).Ticks)))
        {
            try
            {
                var count = await CatchUpAsync(identity, revokedAccess, stoppingToken);
                logger.LogInformation("Caught up with {Count} access revocations still in force", count);
                return;
            }
            // A slow Identity (a busy machine, its own start) trips the resilience handler's timeout: retry that too, for
            // an exception that escaped here stopped the whole service.
            catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException or TimeoutRejectedException
                && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Could not fetch access revocations from Identity yet ({Reason}); retrying in {Wait}", ex.Message, wait);
            }
            await Task.Delay(wait, stoppingToken);
        }
    }
}
