using System.Security.Claims;
using Microsoft.Extensions.Time.Testing;
using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.Identity.Tests.Service;

/// <summary>How every service decides that an access token was revoked after it was issued.</summary>
public sealed class RevokedAccessTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Tokens_below_the_valid_version_are_refused_and_newer_ones_accepted()
    {
        var revoked = new RevokedAccess(clock);
        revoked.Revoke(userId: 7, validFromVersion: 3, clock.GetUtcNow().AddMinutes(16));

        Assert.True(revoked.IsRevoked(Token(userId: 7, version: 2)));
        Assert.False(revoked.IsRevoked(Token(userId: 7, version: 3)));
        Assert.False(revoked.IsRevoked(Token(userId: 8, version: 0)));
    }

    [Fact]
    public void Revocations_arriving_out_of_order_or_twice_keep_the_highest_version()
    {
        var revoked = new RevokedAccess(clock);
        var expiresBy = clock.GetUtcNow().AddMinutes(16);
        revoked.Revoke(7, 5, expiresBy);
        revoked.Revoke(7, 4, expiresBy);
        revoked.Revoke(7, 5, expiresBy);

        Assert.True(revoked.IsRevoked(Token(7, 4)));
        Assert.False(revoked.IsRevoked(Token(7, 5)));
    }

    [Fact]
    public void A_removed_user_is_refused_whatever_the_version_and_a_token_without_one_counts_as_zero()
    {
        var revoked = new RevokedAccess(clock);
        revoked.Revoke(7, int.MaxValue, clock.GetUtcNow().AddMinutes(16));

        Assert.True(revoked.IsRevoked(Token(7, 41)));
        Assert.True(revoked.IsRevoked(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "7")], "test"))));
    }

    [Fact]
    public void A_revocation_is_forgotten_once_every_token_it_covers_has_expired()
    {
        var revoked = new RevokedAccess(clock);
        revoked.Revoke(7, 3, clock.GetUtcNow().AddMinutes(16));

        clock.Advance(TimeSpan.FromMinutes(16));

        Assert.False(revoked.IsRevoked(Token(7, 2)));
    }

    private static ClaimsPrincipal Token(int userId, int version) => new(new ClaimsIdentity(
        [new Claim("sub", userId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(TokenConventions.TokenVersionClaim, version.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        "test"));
}
