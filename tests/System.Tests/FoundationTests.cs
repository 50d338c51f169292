using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests;

/// <summary>Issue 2's system test: the whole system, only through the gateway.</summary>
[Collection(SystemFixture.Collection)]
public sealed class FoundationTests(SystemFixture system)
{
    private readonly StoreAccounts accounts = new(system);

    [Fact]
    public async Task Owner_signs_up_verifies_by_email_logs_in_reads_me_and_refreshes()
    {
        var owner = await accounts.OpenStoreAsync("Gateway Grocer");

        var me = (await ResponseJson.ReadAsync(await system.Client(owner.Token).GetAsync("/api/tenants/me")))["tenant"]!;
        Assert.Equal(owner.Email, me["email"]!.GetValue<string>());
        Assert.Equal("Gateway Grocer", me["store_name"]!.GetValue<string>());

        var refreshed = await system.Client().PostAsJsonAsync("/api/tenants/refresh", new { refreshToken = owner.RefreshToken });
        var tokens = await ResponseJson.ReadAsync(refreshed);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var meAgain = await system.Client(tokens["token"]!.GetValue<string>()).GetAsync("/api/tenants/me");
        Assert.Equal(HttpStatusCode.OK, meAgain.StatusCode);
    }

    [Fact]
    public async Task After_logout_every_service_refuses_the_old_access_token_within_moments()
    {
        var owner = await accounts.OpenStoreAsync("Closing Time");
        var api = system.Client(owner.Token);
        string[] oneCallPerService =
        [
            "/api/tenants/me", "/api/inventory", "/api/customers", "/api/orders", "/api/payments/status/pi_none",
            "/api/analytics/inventory", "/api/reports/customers/csv",
        ];
        foreach (var path in oneCallPerService)
            Assert.NotEqual(HttpStatusCode.Unauthorized, (await api.GetAsync(path)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/tenants/logout", null)).StatusCode);

        // Identity refuses at once; the others learn it from AccessRevoked instead of waiting for the token to expire.
        foreach (var path in oneCallPerService)
            await Eventually.Until(async () => (await api.GetAsync(path)).StatusCode, status => status == HttpStatusCode.Unauthorized,
                TimeSpan.FromSeconds(20), $"{path} refusing the revoked token");
    }

    [Fact]
    public async Task A_removed_staff_member_is_refused_by_the_other_services_within_moments()
    {
        var owner = await accounts.OpenStoreAsync("Busy Bakery");
        var staffEmail = TestTenants.UniqueEmail("baker");
        var invited = await ResponseJson.ReadAsync(await system.Client(owner.Token)
            .PostAsJsonAsync("/api/tenants/staff", new { email = staffEmail, role = "manager" }));
        var invitation = await system.Inbox.WaitForAsync(staffEmail, "invited to join Busy Bakery");
        var accepted = await system.Client().PostAsJsonAsync("/api/tenants/accept-invite",
            new { token = MaildevInbox.LinkToken(invitation, "accept-invite.html"), password = StoreAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var staff = system.Client((await accounts.LogInAsync(staffEmail, StoreAccounts.Password)).Token);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/inventory")).StatusCode);

        var removed = await system.Client(owner.Token).DeleteAsync($"/api/tenants/staff/{invited["id"]!.GetValue<int>()}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);

        // Each service hears the revocation on its own queue, so each is awaited on its own.
        await Eventually.Until(async () => (await staff.GetAsync("/api/inventory")).StatusCode, status => status == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(20), "Catalog refusing the removed staff member");
        await Eventually.Until(async () => (await staff.GetAsync("/api/customers")).StatusCode, status => status == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(20), "Orders refusing the removed staff member");
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.PostAsJsonAsync("/api/customers", new { name = "Sneaky" })).StatusCode);
    }

    [Fact]
    public async Task The_verification_email_is_branded_html_with_a_text_alternative()
    {
        var email = await accounts.SignUpAsync("Mail <b>Shop</b>");
        var mail = await system.Inbox.WaitForAsync(email, "Verify your email");

        Assert.Contains("verify-email.html?token=", mail.Text);
        Assert.Contains("Mail &lt;b&gt;Shop&lt;/b&gt;", mail.Html);
        Assert.DoesNotContain("<b>Shop</b>", mail.Html);
    }

    [Fact]
    public async Task Sixth_bad_login_for_an_email_is_rate_limited_with_retry_after()
    {
        // Every login attempt counts, so this owner has not logged in yet.
        var email = await accounts.SignUpVerifiedAsync();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            last = await system.Client().PostAsJsonAsync("/api/tenants/login", new { email, password = "Wrong-pass-1" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, (HttpStatusCode)423, HttpStatusCode.TooManyRequests],
            statuses);
        Assert.NotNull(last!.Headers.RetryAfter);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Forged_and_missing_tokens_are_rejected_at_the_gateway()
    {
        var owner = await accounts.OpenStoreAsync();
        var forged = TestTokens.For(owner.TenantId, key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "forged" });

        var withForged = await system.Client(forged).GetAsync("/api/tenants/me");
        var withNone = await system.Client().GetAsync("/api/tenants/me");

        Assert.Equal(HttpStatusCode.Unauthorized, withForged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withNone.StatusCode);
        Assert.NotNull((await ResponseJson.ReadAsync(withForged))["error"]);
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_the_correlation_id()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Correlation-Id", "test-correlation-123");
        var response = await system.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("test-correlation-123", response.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task Oversized_json_body_is_413_problem_details()
    {
        // Expect: 100-continue lets the gateway refuse before the body is sent, as browsers' large uploads do.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants/signup")
        {
            Content = new StringContent("{\"email\":\"" + new string('a', 2 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        var response = await system.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.NotNull((await ResponseJson.ReadAsync(response))["error"]);
    }

    [Fact]
    public async Task Api_docs_list_the_services_openapi_documents()
    {
        var docs = await system.Client().GetAsync("/api-docs");
        var identity = await ResponseJson.ReadAsync(await system.Client().GetAsync("/openapi/identity.json"));

        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.True(identity["paths"]!.AsObject().ContainsKey("/api/tenants/signup"));
    }
}
