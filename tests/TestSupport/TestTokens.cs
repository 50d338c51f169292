using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.Testing;

/// <summary>Access tokens shaped exactly like Identity's, signed by a key that service tests trust.</summary>
public static class TestTokens
{
    public static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "test-key" };
    private static readonly JsonWebTokenHandler handler = new();

    public static string For(int tenantId, int userId = 1, string role = "owner", string email = "owner@example.test", TimeSpan? lifetime = null, SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenConventions.Issuer,
            Audience = TokenConventions.Audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(15)),
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", userId.ToString(CultureInfo.InvariantCulture)),
                new Claim(TokenConventions.TenantIdClaim, tenantId.ToString(CultureInfo.InvariantCulture)),
                new Claim(TokenConventions.RoleClaim, role),
                new Claim(TokenConventions.EmailClaim, email),
                new Claim(TokenConventions.TokenVersionClaim, "0"),
            ]),
        });
    }
}
