using System.Net.Http.Json;
using System.Net;
using System.Security.Cryptography;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using QommerceHub.Contracts;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Security;
using QommerceHub.Identity.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests.Service;

public sealed class TokenLifecycleTests(InfrastructureFixture infrastructure, IdentityHost host) : IdentityApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Refresh_rotates_and_reusing_an_old_refresh_token_ends_every_session()
    {
        var session = await Driver.SignupVerifiedAsync();
        var client = Driver.Anonymous();

        var first = await client.PostAsJsonAsync("/api/tenants/refresh", new { refreshToken = session.RefreshToken });
        var rotated = await ResponseJson.ReadAsync(first);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("1h", rotated["expiresIn"]!.GetValue<string>());
        var newRefresh = rotated["refreshToken"]!.GetValue<string>();
        Assert.NotEqual(session.RefreshToken, newRefresh);

        var replay = await client.PostAsJsonAsync("/api/tenants/refresh", new { refreshToken = session.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);

        // The replay revoked the family: the rotated token and the newest access token are dead too.
        var afterReplay = await client.PostAsJsonAsync("/api/tenants/refresh", new { refreshToken = newRefresh });
        Assert.Equal(HttpStatusCode.Unauthorized, afterReplay.StatusCode);
        var me = await Driver.Authorized(rotated["token"]!.GetValue<string>()).GetAsync("/api/tenants/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_calling_session_and_other_devices_stay_signed_in()
    {
        var session = await Driver.SignupVerifiedAsync();
        var otherDevice = await Driver.LoginAsync(session.Email, session.Password);
        var client = Driver.Authorized(session.Token);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/tenants/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/tenants/me")).StatusCode);
        var refresh = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/refresh", new { refreshToken = session.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Driver.Authorized(otherDevice.Token).GetAsync("/api/tenants/me")).StatusCode);
        var otherRefresh = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/refresh", new { refreshToken = otherDevice.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, otherRefresh.StatusCode);
    }

    [Fact]
    public async Task A_refreshed_token_keeps_its_session_so_logout_ends_it_too()
    {
        var session = await Driver.SignupVerifiedAsync();
        var refreshed = await ResponseJson.ReadAsync(await Driver.Anonymous().PostAsJsonAsync("/api/tenants/refresh", new { refreshToken = session.RefreshToken }));
        var newToken = refreshed["token"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await Driver.Authorized(session.Token).PostAsync("/api/tenants/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Driver.Authorized(newToken).GetAsync("/api/tenants/me")).StatusCode);
    }

    [Fact]
    public async Task Logout_tells_the_other_services_which_session_ended()
    {
        var session = await Driver.SignupVerifiedAsync();
        await using var events = await BusEvents.ListenAsync(Factory.Services.GetRequiredService<IBus>(), s => s.To<AccessRevoked>());

        Assert.Equal(HttpStatusCode.OK, (await Driver.Authorized(session.Token).PostAsync("/api/tenants/logout", null)).StatusCode);

        var revoked = Assert.Single(await events.WaitFor<AccessRevoked>(session.TenantId, e => e.Count > 0, "AccessRevoked"));
        var issued = new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().ReadJwtToken(session.Token);
        Assert.Equal(int.Parse(issued.Subject, System.Globalization.CultureInfo.InvariantCulture), revoked.UserId);
        Assert.Equal([Guid.Parse(issued.Claims.Single(c => c.Type == "sid").Value)], revoked.SessionIds);
        // One hour of access-token lifetime, plus the clock-skew allowance.
        Assert.InRange(revoked.ExpiresBy - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(62));
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_the_callers()
    {
        var session = await Driver.SignupVerifiedAsync();
        var otherDevice = await Driver.LoginAsync(session.Email, session.Password);
        var response = await Driver.Authorized(session.Token).PutAsJsonAsync("/api/tenants/change-password",
            new { currentPassword = session.Password, newPassword = "Another-pass-7" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await ResponseJson.ReadAsync(response))["message"]);
        Assert.Equal(HttpStatusCode.OK, (await Driver.Authorized(session.Token).GetAsync("/api/tenants/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Driver.Authorized(otherDevice.Token).GetAsync("/api/tenants/me")).StatusCode);
        var otherRefresh = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/refresh", new { refreshToken = otherDevice.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, otherRefresh.StatusCode);
        await Driver.LoginAsync(session.Email, "Another-pass-7");
    }

    [Fact]
    public async Task Wrong_current_password_is_401_with_the_field_named()
    {
        var session = await Driver.SignupVerifiedAsync();
        var response = await Driver.Authorized(session.Token).PutAsJsonAsync("/api/tenants/change-password",
            new { currentPassword = "Not-my-password-1", newPassword = "Another-pass-7" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("currentPassword", (await ResponseJson.ReadAsync(response))["details"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tokens_signed_by_another_key_or_expired_or_garbage_are_401()
    {
        var session = await Driver.SignupVerifiedAsync();
        var otherKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "attacker" };
        var forged = TestTokens.For(session.TenantId, key: otherKey);
        var expired = TestTokens.For(session.TenantId, lifetime: TimeSpan.FromMinutes(-10));

        foreach (var token in new[] { forged, expired, "not.a.jwt", session.Token + "x" })
        {
            var response = await Driver.Authorized(token).GetAsync("/api/tenants/me");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.NotNull((await ResponseJson.ReadAsync(response))["error"]);
        }
    }

    [Fact]
    public async Task Jwks_publishes_the_key_that_signed_the_token()
    {
        var session = await Driver.SignupVerifiedAsync();
        var jwks = await ResponseJson.ReadAsync(await Driver.Anonymous().GetAsync("/.well-known/jwks.json"));
        var kid = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(session.Token).Kid;

        Assert.Contains(jwks["keys"]!.AsArray(), k => k!["kid"]!.GetValue<string>() == kid && k["alg"]!.GetValue<string>() == "RS256");
        Assert.DoesNotContain("\"d\"", jwks.ToJsonString());
    }

    [Fact]
    public async Task Instances_that_find_the_key_due_together_create_one_new_key_and_both_sign_with_it()
    {
        var settings = Factory.Services.GetRequiredService<IdentitySettings>();
        var scopes = Factory.Services.GetRequiredService<IServiceScopeFactory>();
        // Past the rotation period, as two replicas are when they are started together or the key comes due.
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(settings.KeyRotationDays + 1));
        using var first = new SigningKeyStore(scopes, settings, later);
        using var second = new SigningKeyStore(scopes, settings, later);
        try
        {
            var keys = await Task.WhenAll(first.GetSigningKeyAsync(default), second.GetSigningKeyAsync(default));

            Assert.Equal(keys[0].KeyId, keys[1].KeyId);
            Assert.Equal(1, await KeysCreatedSinceAsync(later.GetUtcNow()));
        }
        finally
        {
            await KeysCreatedSinceAsync(later.GetUtcNow(), delete: true); // the other tests sign with today's key
        }
    }

    private async Task<int> KeysCreatedSinceAsync(DateTimeOffset since, bool delete = false)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<IdentityDbContext>().SigningKeys.Where(k => k.CreatedAt >= since);
        return delete ? await keys.ExecuteDeleteAsync() : await keys.CountAsync();
    }
}
