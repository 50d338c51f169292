using QommerceHub.Contracts;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Security;

/// <summary>
/// Ends a user's access tokens: here through the token version, in every other service through
/// <see cref="AccessRevoked"/>, queued in the same unit of work.
/// </summary>
internal static class AccessRevocations
{
    // Services accept tokens up to 30 s past expiry (clock skew); keep the revocation a little longer than that.
    public static readonly TimeSpan SkewAllowance = TimeSpan.FromMinutes(1);

    /// <summary>Tokens issued so far stop working; the next sign-in gets a token with the new version.</summary>
    public static void EndIssuedTokens(IdentityDbContext db, User user, IdentitySettings settings, DateTimeOffset now)
    {
        user.TokenVersion++;
        Announce(db, user, user.TokenVersion, settings, now);
    }

    /// <summary>The access tokens of these sessions stop working; the user's other sessions go on.</summary>
    public static void EndSessions(IdentityDbContext db, User user, IReadOnlyList<Guid> sessionIds, IdentitySettings settings, DateTimeOffset now)
    {
        if (sessionIds.Count == 0) return;
        db.Publish(new AccessRevoked
        {
            TenantId = user.TenantId,
            UserId = user.Id,
            ValidFromVersion = user.TokenVersion,
            ExpiresBy = now + settings.AccessTokenLifetime + SkewAllowance,
            SessionIds = sessionIds,
        });
    }

    /// <summary>A removed user's tokens stop working, whatever their version.</summary>
    public static void EndAllTokens(IdentityDbContext db, User user, IdentitySettings settings, DateTimeOffset now) =>
        Announce(db, user, int.MaxValue, settings, now);

    private static void Announce(IdentityDbContext db, User user, int validFromVersion, IdentitySettings settings, DateTimeOffset now) =>
        db.Publish(new AccessRevoked
        {
            TenantId = user.TenantId,
            UserId = user.Id,
            ValidFromVersion = validFromVersion,
            ExpiresBy = now + settings.AccessTokenLifetime + SkewAllowance,
        });
}
