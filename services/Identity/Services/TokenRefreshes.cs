using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Identity.Services;

/// <summary>
/// Swaps a refresh token for new tokens of the same session. Each refresh token works once: the one sent is revoked
/// and a new one replaces it.
/// </summary>
public sealed class TokenRefreshes(IdentityDbContext db, AccessTokenIssuer issuer, Sessions sessions, TimeProvider clock)
{
    public async Task<Outcome<IssuedTokens>> RotateAsync(string refreshToken, CancellationToken ct)
    {
        var hash = SecretTokens.Hash(refreshToken);
        var stored = await db.RefreshTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        var now = clock.GetUtcNow();
        if (stored is null) return InvalidRefreshToken();
        if (stored.RevokedAt is not null)
        {
            // A rotated token used again while its session goes on means it was copied: end every session of that
            // user. A token of a session that ended (logout, password change elsewhere) is simply refused.
            if (await db.RefreshTokens.AnyAsync(t => t.UserId == stored.UserId && t.SessionId == stored.SessionId && t.RevokedAt == null, ct))
            {
                await sessions.EndAllAsync(stored.User!, ct);
                await db.SaveChangesAsync(ct);
            }
            return InvalidRefreshToken();
        }
        if (!stored.IsActive(now)) return InvalidRefreshToken();

        stored.RevokedAt = now;
        var tokens = await issuer.IssueAsync(db, stored.User!, ct, stored.SessionId);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(tokens);
    }

    private static Outcome<IssuedTokens> InvalidRefreshToken() =>
        Outcome.Refuse<IssuedTokens>(Refusal.Unauthenticated, "Invalid or expired refresh token");
}
