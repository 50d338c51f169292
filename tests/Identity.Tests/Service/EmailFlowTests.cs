using System.Net.Http.Json;
using System.Net;
using QommerceHub.Identity.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests.Service;

public sealed class EmailFlowTests(InfrastructureFixture infrastructure, IdentityHost host) : IdentityApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Forgotten_password_is_reset_through_the_emailed_link_once()
    {
        var session = await Driver.SignupVerifiedAsync();
        var client = Driver.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/tenants/forgot-password", new { email = session.Email })).StatusCode);
        var token = await Driver.EmailedTokenAsync("PasswordResetRequested", session.Email);

        var reset = await client.PostAsJsonAsync("/api/tenants/reset-password", new { token, password = "Brand-new-pass-3" });
        var again = await client.PostAsJsonAsync("/api/tenants/reset-password", new { token, password = "Brand-new-pass-4" });

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Driver.Authorized(session.Token).GetAsync("/api/tenants/me")).StatusCode);
        await Driver.LoginAsync(session.Email, "Brand-new-pass-3");
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_unknown_emails()
    {
        var response = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/forgot-password", new { email = TestTenants.UniqueEmail() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_verification_token_is_400()
    {
        var response = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/verify-email", new { token = "made-up" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid or expired verification token", (await ResponseJson.ReadAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invited_staff_accepts_logs_in_as_staff_and_cannot_manage_the_team()
    {
        var owner = await Driver.SignupVerifiedAsync("Team Shop");
        var staffEmail = TestTenants.UniqueEmail("staff");
        var invite = await Driver.Authorized(owner.Token).PostAsJsonAsync("/api/tenants/staff", new { email = staffEmail, role = "staff" });
        Assert.Equal(HttpStatusCode.Created, invite.StatusCode);

        var token = await Driver.EmailedTokenAsync("UserInvited", staffEmail);
        var accept = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/accept-invite", new { token, password = "Staff-pass-123" });
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);

        var staff = await Driver.LoginAsync(staffEmail, "Staff-pass-123");
        Assert.Equal(owner.TenantId, staff.TenantId);
        var me = (await ResponseJson.ReadAsync(await Driver.Authorized(staff.Token).GetAsync("/api/tenants/me")))["tenant"]!;
        Assert.Equal("staff", me["role"]!.GetValue<string>());
        var forbidden = await Driver.Authorized(staff.Token).PostAsJsonAsync("/api/tenants/staff", new { email = TestTenants.UniqueEmail(), role = "staff" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Another_stores_staff_member_is_404()
    {
        var first = await Driver.SignupVerifiedAsync();
        var second = await Driver.SignupVerifiedAsync();
        var invite = await ResponseJson.ReadAsync(await Driver.Authorized(first.Token)
            .PostAsJsonAsync("/api/tenants/staff", new { email = TestTenants.UniqueEmail(), role = "staff" }));
        var staffId = invite["id"]!.GetValue<int>();

        var change = await Driver.Authorized(second.Token).PutAsJsonAsync($"/api/tenants/staff/{staffId}/role", new { role = "manager" });
        var remove = await Driver.Authorized(second.Token).DeleteAsync($"/api/tenants/staff/{staffId}");

        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
    }

    [Fact]
    public async Task Theme_accepts_hex_colours_only()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var client = Driver.Authorized(owner.Token);

        var bad = await client.PutAsJsonAsync("/api/customization", new { primary_color = "red", accent_color = "#12345" });
        var good = await client.PutAsJsonAsync("/api/customization", new { primary_color = "#AA0000" });
        var theme = (await ResponseJson.ReadAsync(await client.GetAsync("/api/customization")))["customization"]!;

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(2, (await ResponseJson.ReadAsync(bad))["details"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("#aa0000", theme["primary_color"]!.GetValue<string>());
    }
}
