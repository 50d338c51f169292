using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.Identity.Services;

/// <summary>
/// Ends a user's sign-in sessions: their refresh tokens are revoked at once, their access tokens here and in every
/// other service through <c>AccessRevoked</c>, queued in the caller's unit of work (the caller saves).
/// </summary>
public sealed class Sessions(IdentityDbContext db, IdentitySettings settings, TimeProvider clock)
{
    /// <summary>The session (sign-in) an access token belongs to, or null for a token issued before sessions.</summary>
    public static Guid? Of(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(TokenConventions.SessionIdClaim)?.Value, out var session) ? session : null;

    /// <summary>Logout: ends the calling session and saves; the user's other devices stay signed in.</summary>
    public async Task LogOutAsync(int userId, ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId, ct);
        await EndCallersAsync(user, principal, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Ends the calling session; the user's other devices stay signed in.</summary>
    public Task EndCallersAsync(User user, ClaimsPrincipal principal, CancellationToken ct) =>
        Of(principal) is { } session ? EndAsync(user, [session], ct) : EndAllAsync(user, ct); // a token from before sessions: end them all

    /// <summary>The calling session stays signed in; every other one ends (all of them for a token from before sessions).</summary>
    public async Task EndOthersAsync(User user, ClaimsPrincipal principal, CancellationToken ct)
    {
        if (Of(principal) is not { } keep)
        {
            await EndAllAsync(user, ct);
            return;
        }
        var others = await db.RefreshTokens
            .Where(t => t.UserId == user.Id && t.RevokedAt == null && t.SessionId != keep)
            .Select(t => t.SessionId).Distinct().ToArrayAsync(ct);
        await EndAsync(user, others, ct);
    }

    /// <summary>Invalidates every access token (here and in every service) and refresh token of the user.</summary>
    public Task EndAllAsync(User user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        AccessRevocations.EndIssuedTokens(db, user, settings, now);
        return RevokeRefreshTokensAsync(user, onlySessions: null, now, ct);
    }

    private Task EndAsync(User user, Guid[] sessions, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        AccessRevocations.EndSessions(db, user, sessions, settings, now);
        return RevokeRefreshTokensAsync(user, sessions, now, ct);
    }

    private Task<int> RevokeRefreshTokensAsync(User user, Guid[]? onlySessions, DateTimeOffset now, CancellationToken ct) =>
        db.RefreshTokens
            .Where(t => t.UserId == user.Id && t.RevokedAt == null && (onlySessions == null || onlySessions.Contains(t.SessionId)))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
}
