using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using Polly.Timeout;
using QommerceHub.Identity.Tests.Support;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests.Service;

/// <summary>A service instance that starts after a revocation still refuses the revoked token (decision 0004).</summary>
public sealed class RevocationCatchUpTests(InfrastructureFixture infrastructure, IdentityHost host) : IdentityApiTestBase(infrastructure, host)
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

    [Fact]
    public async Task A_timed_out_call_to_a_slow_Identity_is_retried_rather_than_stopping_the_service()
    {
        // The resilience handler's own timeout, as a busy machine tripped it when a service started.
        var identity = new AnswersAfterATimeout();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["services:identity:http:0"] = "http://identity.test" }).Build();
        using var catchUp = new RevocationCatchUp(new RevokedAccess(TimeProvider.System), identity, configuration, NullLogger<RevocationCatchUp>.Instance);

        await catchUp.StartAsync(CancellationToken.None);
        await catchUp.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(1)); // a deadline against a hang: the retry waits 1 s

        Assert.True(catchUp.ExecuteTask.IsCompletedSuccessfully);
        Assert.Equal(2, identity.Calls);
    }

    private sealed class AnswersAfterATimeout : HttpMessageHandler, IHttpClientFactory
    {
        public int Calls { get; private set; }

        public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            ++Calls == 1
                ? throw new TimeoutRejectedException("The operation didn't complete within the allowed timeout")
                : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]", System.Text.Encoding.UTF8, "application/json") });
    }

    private static ClaimsPrincipal PrincipalOf(string token) =>
        new(new ClaimsIdentity(new JsonWebToken(token).Claims, "test"));
}
