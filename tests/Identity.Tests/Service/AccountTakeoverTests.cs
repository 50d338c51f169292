using System.Net.Http.Json;
using System.Net;
using QommerceHub.Identity.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests.Service;

/// <summary>A stolen access token alone must not take an account over (issue 13's probe findings).</summary>
public sealed class AccountTakeoverTests(InfrastructureFixture infrastructure, IdentityHost host) : IdentityApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Changing_the_email_needs_the_current_password()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var client = Driver.Authorized(owner.Token);

        var missing = await client.PutAsJsonAsync("/api/tenants/me", new { email = TestTenants.UniqueEmail() });
        var wrong = await client.PutAsJsonAsync("/api/tenants/me", new { email = TestTenants.UniqueEmail(), currentPassword = "Not-the-password-1" });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("currentPassword", (await ResponseJson.ReadAsync(missing))["details"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(owner.TenantId, (await Driver.LoginAsync(owner.Email, owner.Password)).TenantId);
    }

    [Fact]
    public async Task Changing_the_email_ends_the_other_sessions_and_the_old_address_can_put_it_back()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var stolen = await Driver.LoginAsync(owner.Email, owner.Password);
        var newEmail = TestTenants.UniqueEmail("new");

        var change = await Driver.Authorized(owner.Token)
            .PutAsJsonAsync("/api/tenants/me", new { email = newEmail, currentPassword = owner.Password });
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Driver.Authorized(stolen.Token).GetAsync("/api/tenants/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Driver.Authorized(owner.Token).GetAsync("/api/tenants/me")).StatusCode);

        var revertToken = await Driver.EmailedTokenAsync("EmailChangeNoticeRequested", owner.Email);
        var revert = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/revert-email", new { token = revertToken });
        Assert.Equal(HttpStatusCode.OK, revert.StatusCode);

        // Every session ends, the old address signs in again, and the link works once.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Driver.Authorized(owner.Token).GetAsync("/api/tenants/me")).StatusCode);
        var back = await Driver.LoginAsync(owner.Email, owner.Password);
        Assert.Equal(owner.TenantId, back.TenantId);
        await Driver.EmailedTokenAsync("PasswordResetRequested", owner.Email);
        var again = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/revert-email", new { token = revertToken });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_address_do_not_lock_the_owner_out_from_another()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var attacker = Driver.Anonymous();
        attacker.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.50");
        for (var i = 0; i < 5; i++)
            await attacker.PostAsJsonAsync("/api/tenants/login", new { email = owner.Email, password = "Wrong-password-1" });

        var attackerRight = await attacker.PostAsJsonAsync("/api/tenants/login", new { email = owner.Email, password = owner.Password });
        var ownersDevice = Driver.Anonymous();
        ownersDevice.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        var ownerRight = await ownersDevice.PostAsJsonAsync("/api/tenants/login", new { email = owner.Email, password = owner.Password });

        Assert.Equal((HttpStatusCode)423, attackerRight.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownerRight.StatusCode);
    }

    [Fact]
    public async Task Parallel_wrong_passwords_are_all_counted()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var client = Driver.Anonymous();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.51");
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            client.PostAsJsonAsync("/api/tenants/login", new { email = owner.Email, password = "Wrong-password-1" })));

        Assert.Contains(answers, a => a.StatusCode == (HttpStatusCode)423);
        var right = await client.PostAsJsonAsync("/api/tenants/login", new { email = owner.Email, password = owner.Password });
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
    }

    [Fact]
    public async Task Inviting_an_address_with_an_account_in_another_store_answers_as_for_a_new_address()
    {
        var elsewhere = await Driver.SignupVerifiedAsync("Other Shop");
        var owner = await Driver.SignupVerifiedAsync();
        var client = Driver.Authorized(owner.Token);

        var taken = await client.PostAsJsonAsync("/api/tenants/staff", new { email = elsewhere.Email, role = "staff" });
        var fresh = await client.PostAsJsonAsync("/api/tenants/staff", new { email = TestTenants.UniqueEmail(), role = "staff" });

        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal(Keys(await ResponseJson.ReadAsync(fresh)), Keys(await ResponseJson.ReadAsync(taken)));
        // Only the address's holder learns it cannot join, and their own account stays as it was.
        var accept = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/accept-invite",
            new { token = await Driver.EmailedTokenAsync("UserInvited", elsewhere.Email), password = "Another-pass-123" });
        Assert.Equal(HttpStatusCode.Conflict, accept.StatusCode);
        Assert.Equal(elsewhere.TenantId, (await Driver.LoginAsync(elsewhere.Email, elsewhere.Password)).TenantId);
    }

    [Fact]
    public async Task Only_the_owner_manages_the_team_settings_and_the_store_name()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var manager = await Driver.JoinAsync(owner, "manager");
        var staff = await Driver.JoinAsync(owner, "staff");

        foreach (var member in new[] { manager, staff })
        {
            var client = Driver.Authorized(member.Token);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/tenants/staff")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/tenants/staff", new { email = TestTenants.UniqueEmail(), role = "staff" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/customization", new { primary_color = "#123456" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync("/api/customization/logo")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/tenants/me", new { store_name = "Taken Over" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/customization")).StatusCode);
        }
        var admin = await Driver.Authorized(owner.Token).PostAsJsonAsync("/api/tenants/staff", new { email = TestTenants.UniqueEmail(), role = "admin" });
        Assert.Equal(HttpStatusCode.BadRequest, admin.StatusCode);
    }

    private static string Keys(System.Text.Json.Nodes.JsonObject body) => string.Join(",", body.Select(p => p.Key).Order());
}
