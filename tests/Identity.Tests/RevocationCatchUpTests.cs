using System.Net;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests;

/// <summary>A service instance that starts after a revocation still refuses the revoked token (decision 0004).</summary>
public sealed class RevocationCatchUpTests(InfrastructureFixture infrastructure) : IdentityApiTestBase(infrastructure)
{
    [Fact]
    public async Task An_instance_started_after_a_logout_learns_it_from_Identity_and_refuses_the_token()
    {
        var session = await Driver.SignupVerifiedAsync();
        var otherDevice = await Driver.LoginAsync(session.Email, session.Password);
        Assert.Equal(HttpStatusCode.OK, (await Driver.Authorized(session.Token).PostAsync("/api/tenants/logout", null)).StatusCode);

        // A fresh table, as in an instance that was not running when the revocation was announced.
        var lateInstance = new RevokedAccess(TimeProvider.System);
        Assert.False(lateInstance.IsRevoked(PrincipalOf(session.Token)));
        var count = await RevocationCatchUp.CatchUpAsync(Driver.Anonymous(), lateInstance, CancellationToken.None);

        Assert.True(count > 0);
        Assert.True(lateInstance.IsRevoked(PrincipalOf(session.Token)));
        Assert.False(lateInstance.IsRevoked(PrincipalOf(otherDevice.Token)));
    }

    [Fact]
    public async Task A_password_change_is_caught_up_too()
    {
        var session = await Driver.SignupVerifiedAsync();
        var stolen = await Driver.LoginAsync(session.Email, session.Password);
        var change = await Driver.Authorized(session.Token).PutAsync("/api/tenants/change-password",
            System.Net.Http.Json.JsonContent.Create(new { currentPassword = session.Password, newPassword = "Brand-new-pass-1" }));
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);

        var lateInstance = new RevokedAccess(TimeProvider.System);
        await RevocationCatchUp.CatchUpAsync(Driver.Anonymous(), lateInstance, CancellationToken.None);

        Assert.True(lateInstance.IsRevoked(PrincipalOf(stolen.Token)));
        Assert.False(lateInstance.IsRevoked(PrincipalOf(session.Token)));
    }

    private static ClaimsPrincipal PrincipalOf(string token) =>
        new(new ClaimsIdentity(new JsonWebToken(token).Claims, "test"));
}
