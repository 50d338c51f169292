using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using MassTransit;
using QommerceHub.Contracts;

namespace QommerceHub.ServiceDefaults.Auth;

/// <summary>
/// Access tokens Identity has revoked, learnt from <see cref="AccessRevoked"/>, so a logged-out or removed user is
/// refused by every service within moments rather than when the token expires. Kept in memory per instance; an
/// instance that starts later catches up from Identity (<see cref="RevocationCatchUp"/>). Long-lived answers (the
/// live-update stream) <see cref="Watch"/> their caller's token and end when it is revoked.
/// </summary>
public sealed class RevokedAccess(TimeProvider clock)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<int, Revocation> byUser = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> endedSessions = new();
    private readonly ConcurrentDictionary<Guid, (ClaimsPrincipal Principal, CancellationTokenSource Revoked)> watches = new();

    /// <summary>A token cancelled as soon as <paramref name="principal"/>'s access is revoked; dispose it when done.</summary>
    public Watching Watch(ClaimsPrincipal principal)
    {
        var id = Guid.NewGuid();
        var revoked = new CancellationTokenSource();
        watches[id] = (principal, revoked);
        if (IsRevoked(principal)) revoked.Cancel();
        return new Watching(() =>
        {
            if (watches.TryRemove(id, out var watch)) watch.Revoked.Dispose();
        }, revoked.Token);
    }

    private void Notify()
    {
        foreach (var (_, (principal, revoked)) in watches)
            if (IsRevoked(principal)) revoked.Cancel();
    }

    public void Revoke(int userId, int validFromVersion, DateTimeOffset expiresBy)
    {
        byUser.AddOrUpdate(userId, new Revocation(validFromVersion, expiresBy),
            (_, known) => new Revocation(Math.Max(known.ValidFromVersion, validFromVersion), Max(known.ExpiresBy, expiresBy)));
        if (byUser.Count > PruneAbove) ForgetExpired();
        Notify();
    }

    /// <summary>Every token of these sessions is refused, whatever its version (logout, the others of a password change).</summary>
    public void EndSessions(IEnumerable<Guid> sessionIds, DateTimeOffset expiresBy)
    {
        foreach (var sessionId in sessionIds)
            endedSessions.AddOrUpdate(sessionId, expiresBy, (_, known) => Max(known, expiresBy));
        if (endedSessions.Count > PruneAbove) ForgetExpired();
        Notify();
    }

    public bool IsRevoked(ClaimsPrincipal? principal)
    {
        if (Guid.TryParse(principal?.FindFirst(TokenConventions.SessionIdClaim)?.Value, out var sessionId)
            && endedSessions.TryGetValue(sessionId, out var sessionEndedUntil) && clock.GetUtcNow() < sessionEndedUntil)
            return true;
        if (!TryReadInt(principal, "sub", out var userId) || !byUser.TryGetValue(userId, out var revocation)) return false;
        // A token without a version predates versioning: treat it as version 0.
        var version = TryReadInt(principal, TokenConventions.TokenVersionClaim, out var tv) ? tv : 0;
        return version < revocation.ValidFromVersion && clock.GetUtcNow() < revocation.ExpiresBy;
    }

    private void ForgetExpired()
    {
        var now = clock.GetUtcNow();
        foreach (var (userId, revocation) in byUser)
            if (revocation.ExpiresBy <= now) byUser.TryRemove(new KeyValuePair<int, Revocation>(userId, revocation));
        foreach (var (sessionId, expiresBy) in endedSessions)
            if (expiresBy <= now) endedSessions.TryRemove(new KeyValuePair<Guid, DateTimeOffset>(sessionId, expiresBy));
    }

    private static bool TryReadInt(ClaimsPrincipal? principal, string claim, out int value) =>
        int.TryParse(principal?.FindFirst(claim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed record Revocation(int ValidFromVersion, DateTimeOffset ExpiresBy);

    public sealed class Watching(Action stop, CancellationToken revoked) : IDisposable
    {
        public CancellationToken Revoked => revoked;

        public void Dispose() => stop();
    }
}

/// <summary>Every instance of every service hears each revocation: its queue is its own and lives as long as it does.</summary>
public sealed class AccessRevokedConsumer(RevokedAccess revokedAccess) : IConsumer<AccessRevoked>
{
    public Task Consume(ConsumeContext<AccessRevoked> context)
    {
        var message = context.Message;
        revokedAccess.Revoke(message.UserId, message.ValidFromVersion, message.ExpiresBy);
        if (message.SessionIds is { Count: > 0 } sessions) revokedAccess.EndSessions(sessions, message.ExpiresBy);
        return Task.CompletedTask;
    }
}
