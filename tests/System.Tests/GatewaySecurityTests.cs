using System.Net;
using System.Net.Http.Json;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests;

/// <summary>Issue 13's probe findings at the gateway: headers, caching, the web root and the live-update stream.</summary>
[Collection(SystemFixture.Collection)]
public sealed class GatewaySecurityTests(SystemFixture system)
{
    private readonly StoreAccounts accounts = new(system);

    [Fact]
    public async Task Answers_name_no_server_and_carry_one_correlation_id()
    {
        var owner = await accounts.OpenStoreAsync("Header Shop");

        foreach (var response in new[]
        {
            await system.Client(owner.Token).GetAsync("/api/tenants/me"),
            await system.Client().GetAsync("/login.html"),
            await system.Client().GetAsync("/api/no-such-route"),
        })
        {
            Assert.False(response.Headers.Contains("Server"), $"{response.RequestMessage!.RequestUri} names its server");
            Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        }
    }

    [Fact]
    public async Task Token_and_personal_data_answers_are_not_stored_by_caches()
    {
        var owner = await accounts.OpenStoreAsync("Cache Shop");
        var login = await system.Client().PostAsJsonAsync("/api/tenants/login", new { email = owner.Email, password = owner.Password });
        var api = system.Client(owner.Token);

        foreach (var response in new[] { login, await api.GetAsync("/api/tenants/me"), await api.GetAsync("/api/customers"), await api.GetAsync("/api/reports/customers/csv") })
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{response.RequestMessage!.RequestUri} may be cached");
    }

    [Theory]
    [InlineData("/README.md")]
    [InlineData("/vendor/chart.js/package.json")]
    [InlineData("/vendor/chart.js/README.md")]
    public async Task Files_that_are_no_web_asset_are_not_served(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await system.Client().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await system.Client().GetAsync("/vendor/chart.js/dist/chart.umd.min.js")).StatusCode);
    }

    [Fact]
    public async Task An_open_live_update_stream_ends_at_logout()
    {
        var owner = await accounts.OpenStoreAsync("Stream Shop");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/analytics/stream?access_token=" + Uri.EscapeDataString(owner.Token));
        using var response = await system.Client().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.StartsWith(": connected", await reader.ReadLineAsync());

        Assert.Equal(HttpStatusCode.OK, (await system.Client(owner.Token).PostAsync("/api/tenants/logout", null)).StatusCode);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(deadline.Token) is not null)
        {
            // Heartbeats until the stream ends.
        }
    }
}
