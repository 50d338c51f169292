using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.Identity.Security;

public sealed record IssuedTokens(string AccessToken, string RefreshToken, Guid SessionId);

/// <summary>Issues RS256 access tokens and rotating refresh tokens, both tied to one session (one sign-in).</summary>
public sealed class AccessTokenIssuer(SigningKeyStore keyStore, IdentitySettings settings, TimeProvider clock)
{
    private static readonly JsonWebTokenHandler handler = new();

    /// <summary>Starts a session (sign-in), or continues <paramref name="sessionId"/> (refresh).</summary>
    public async Task<IssuedTokens> IssueAsync(IdentityDbContext db, User user, CancellationToken cancellationToken, Guid? sessionId = null)
    {
        var session = sessionId ?? Guid.NewGuid();
        var key = await keyStore.GetSigningKeyAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var accessToken = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenConventions.Issuer,
            Audience = TokenConventions.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + settings.AccessTokenLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", user.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(TokenConventions.TenantIdClaim, user.TenantId.ToString(CultureInfo.InvariantCulture)),
                new Claim(TokenConventions.RoleClaim, user.Role),
                new Claim(TokenConventions.EmailClaim, user.Email),
                new Claim(TokenConventions.TokenVersionClaim, user.TokenVersion.ToString(CultureInfo.InvariantCulture)),
                new Claim(TokenConventions.SessionIdClaim, session.ToString()),
                new Claim("jti", Guid.NewGuid().ToString("N")),
            ]),
        });

        var refreshToken = SecretTokens.NewToken();
        db.RefreshTokens.Add(new RefreshToken
        {
            UserId = user.Id,
            SessionId = session,
            TokenHash = SecretTokens.Hash(refreshToken),
            CreatedAt = now,
            ExpiresAt = now.AddDays(settings.RefreshTokenDays),
        });
        return new IssuedTokens(accessToken, refreshToken, session);
    }
}
