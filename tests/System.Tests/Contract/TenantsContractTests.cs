using System.Net;
using System.Net.Http.Json;
using QommerceHub.Testing;
using static QommerceHub.SystemTests.Contract.ContractAnswer;

namespace QommerceHub.SystemTests.Contract;

/// <summary>Contract rows "Tenants — /api/tenants" of shared/seed-api-contract.md, through the gateway.</summary>
[Collection(SystemFixture.Collection)]
public sealed class TenantsContractTests(SystemFixture system)
{
    private readonly StoreAccounts accounts = new(system);

    [Fact]
    public async Task Signup_is_201_with_the_tenant_and_emailVerificationRequired_and_a_duplicate_is_Email_already_registered()
    {
        var email = TestTenants.UniqueEmail("contract");
        var body = new { email, password = StoreAccounts.Password, store_name = "Contract Shop" };

        var shape = await ShapeAsync(await system.Client().PostAsJsonAsync("/api/tenants/signup", body), HttpStatusCode.Created);
        shape.Has("message", Text).Has("tenant.id", Number).HasValue("tenant.email", email).HasValue("tenant.store_name", "Contract Shop")
            .Has("tenant.created_at", Text).HasValue("tenant.email_verified", "false").HasValue("emailVerificationRequired", "true");

        // Ours: 409 instead of the original's 400, with the original's sentence.
        await ErrorAsync(await system.Client().PostAsJsonAsync("/api/tenants/signup", body), HttpStatusCode.Conflict, "Email already registered");
        var invalid = await ErrorAsync(await system.Client().PostAsJsonAsync("/api/tenants/signup", new { email = "x", password = "short", store_name = "A" }),
            HttpStatusCode.BadRequest, "Validation failed");
        invalid.Has("details[0].field", Text).Has("details[0].message", Text);
    }

    [Fact]
    public async Task Verify_email_and_resend_verification_answer_a_message()
    {
        var email = await accounts.SignUpAsync("Verify Shop");
        var mail = await system.Inbox.WaitForAsync(email, "Verify your email");

        var verified = await ShapeAsync(await system.Client().PostAsJsonAsync("/api/tenants/verify-email",
            new { token = MaildevInbox.LinkToken(mail, "verify-email.html") }), HttpStatusCode.OK);
        verified.Has("message", Text);
        await ErrorAsync(await system.Client().PostAsJsonAsync("/api/tenants/verify-email", new { token = "made-up" }), HttpStatusCode.BadRequest);

        var known = await ShapeAsync(await system.Client().PostAsJsonAsync("/api/tenants/resend-verification", new { email }), HttpStatusCode.OK);
        var unknown = await ShapeAsync(await system.Client().PostAsJsonAsync("/api/tenants/resend-verification",
            new { email = TestTenants.UniqueEmail("nobody") }), HttpStatusCode.OK);
        Assert.Equal(known.Get("message").GetString(), unknown.Get("message").GetString());
    }

    [Fact]
    public async Task Login_answers_tokens_and_the_tenant_and_an_unverified_account_may_log_in_outside_production()
    {
        var email = await accounts.SignUpAsync("Unverified Shop");

        var shape = await ShapeAsync(await system.Client().PostAsJsonAsync("/api/tenants/login", new { email, password = StoreAccounts.Password }), HttpStatusCode.OK);

        shape.Has("message", Text).Has("token", Text).Has("refreshToken", Text)
            .Has("tenant.id", Number).HasValue("tenant.email", email).HasValue("tenant.store_name", "Unverified Shop")
            .HasValue("tenant.role", "owner").HasValue("tenant.firstLogin", "true");
        await ErrorAsync(await system.Client().PostAsJsonAsync("/api/tenants/login", new { email, password = "Wrong-password-1" }),
            HttpStatusCode.Unauthorized, "Invalid credentials");
    }

    [Fact]
    public async Task Refresh_answers_a_token_expiresIn_1h_and_our_rotated_refresh_token()
    {
        var owner = await accounts.OpenStoreAsync("Refresh Shop");

        var shape = await ShapeAsync(await system.Client().PostAsJsonAsync("/api/tenants/refresh", new { refreshToken = owner.RefreshToken }), HttpStatusCode.OK);

        shape.Has("token", Text).HasValue("expiresIn", "1h").Has("refreshToken", Text);
        Assert.NotEqual(owner.RefreshToken, shape.Get("refreshToken").GetString());
        var token = shape.Get("token").GetString()!;
        var lifetime = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token);
        Assert.Equal(TimeSpan.FromHours(1), lifetime.ValidTo - lifetime.IssuedAt);
        await ErrorAsync(await system.Client().PostAsJsonAsync("/api/tenants/refresh", new { refreshToken = owner.RefreshToken }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_is_wrapped_in_tenant_and_put_me_answers_Profile_updated()
    {
        var owner = await accounts.OpenStoreAsync("Me Shop");
        var api = system.Client(owner.Token);

        var me = await ShapeAsync(await api.GetAsync("/api/tenants/me"), HttpStatusCode.OK);
        me.Has("message", Text).HasValue("tenant.id", owner.TenantId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .HasValue("tenant.email", owner.Email).HasValue("tenant.role", "owner").HasValue("tenant.store_name", "Me Shop");

        var updated = await ShapeAsync(await api.PutAsJsonAsync("/api/tenants/me", new { store_name = "Renamed Shop" }), HttpStatusCode.OK);
        updated.HasValue("message", "Profile updated").Has("tenant.id", Number).HasValue("tenant.email", owner.Email)
            .HasValue("tenant.store_name", "Renamed Shop");
        await ErrorAsync(await api.PutAsJsonAsync("/api/tenants/me", new { }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Change_password_is_401_for_a_wrong_current_password_and_ends_only_the_other_sessions()
    {
        var owner = await accounts.OpenStoreAsync("Password Shop");
        var otherDevice = await accounts.LogInAsync(owner.Email, owner.Password);
        var api = system.Client(owner.Token);

        await ErrorAsync(await api.PutAsJsonAsync("/api/tenants/change-password", new { currentPassword = "Not-it-123", newPassword = "New-pass-123" }),
            HttpStatusCode.Unauthorized);
        var changed = await ShapeAsync(await api.PutAsJsonAsync("/api/tenants/change-password",
            new { currentPassword = owner.Password, newPassword = "New-pass-123" }), HttpStatusCode.OK);
        changed.Has("message", Text);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/inventory")).StatusCode);
        await Eventually.Until(async () => (await system.Client(otherDevice.Token).GetAsync("/api/inventory")).StatusCode,
            status => status == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(20), "Catalog refusing the other session");
    }

    [Fact]
    public async Task Complete_onboarding_and_logout_answer_their_messages_and_logout_ends_only_that_session()
    {
        var owner = await accounts.OpenStoreAsync("Onboarding Shop");
        var otherDevice = await accounts.LogInAsync(owner.Email, owner.Password);
        var api = system.Client(owner.Token);

        (await ShapeAsync(await api.PostAsync("/api/tenants/complete-onboarding", null), HttpStatusCode.OK)).HasValue("message", "Onboarding completed");
        var relogin = await ShapeAsync(await system.Client().PostAsJsonAsync("/api/tenants/login", new { email = owner.Email, password = owner.Password }), HttpStatusCode.OK);
        relogin.HasValue("tenant.firstLogin", "false");

        (await ShapeAsync(await api.PostAsync("/api/tenants/logout", null), HttpStatusCode.OK)).Has("message", Text);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/tenants/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await system.Client(otherDevice.Token).GetAsync("/api/tenants/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await system.Client(otherDevice.Token).GetAsync("/api/inventory")).StatusCode);
    }

    [Fact]
    public async Task Forgot_password_always_answers_a_message_and_reset_password_takes_the_mailed_token_once()
    {
        var owner = await accounts.OpenStoreAsync("Reset Shop");

        (await ShapeAsync(await system.Client().PostAsJsonAsync("/api/tenants/forgot-password", new { email = owner.Email }), HttpStatusCode.OK)).Has("message", Text);
        (await ShapeAsync(await system.Client().PostAsJsonAsync("/api/tenants/forgot-password", new { email = TestTenants.UniqueEmail("nobody") }),
            HttpStatusCode.OK)).Has("message", Text);
        var mail = await system.Inbox.WaitForAsync(owner.Email, "Reset your");
        var token = MaildevInbox.LinkToken(mail, "reset-password.html");

        (await ShapeAsync(await system.Client().PostAsJsonAsync("/api/tenants/reset-password", new { token, password = "Reset-pass-123" }), HttpStatusCode.OK))
            .Has("message", Text);
        await ErrorAsync(await system.Client().PostAsJsonAsync("/api/tenants/reset-password", new { token, password = "Reset-pass-456" }),
            HttpStatusCode.BadRequest, "Invalid or expired reset token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await system.Client(owner.Token).GetAsync("/api/tenants/me")).StatusCode);
        await accounts.LogInAsync(owner.Email, "Reset-pass-123");
    }
}
