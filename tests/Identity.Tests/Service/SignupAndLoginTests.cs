using System.Net.Http.Json;
using System.Net;
using System.Text;
using QommerceHub.Identity.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests.Service;

public sealed class SignupAndLoginTests(InfrastructureFixture infrastructure, IdentityHost host) : IdentityApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Signup_answers_the_original_shape_and_an_unverified_owner_may_log_in_outside_production()
    {
        var email = TestTenants.UniqueEmail("Owner").ToUpperInvariant();
        var response = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/signup", new { email, password = IdentityDriver.Password, store_name = "Bakery" });
        var body = await ResponseJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(body["emailVerificationRequired"]!.GetValue<bool>());
        Assert.Equal(email.ToLowerInvariant(), body["tenant"]!["email"]!.GetValue<string>());
        Assert.Equal("Bakery", body["tenant"]!["store_name"]!.GetValue<string>());
        Assert.False(body["tenant"]!["email_verified"]!.GetValue<bool>());

        var login = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/login", new { email, password = IdentityDriver.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task With_verification_required_an_unverified_owner_is_403_with_emailVerificationRequired()
    {
        using var strict = Factory.Infrastructure.CreateService<IdentityService>("identity",
            new Dictionary<string, string?> { ["Login:RequireVerifiedEmail"] = "true" });
        var email = await new IdentityDriver(strict).SignupAsync();

        var login = await strict.CreateClient().PostAsJsonAsync("/api/tenants/login", new { email, password = IdentityDriver.Password });
        var body = await ResponseJson.ReadAsync(login);

        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.True(body["emailVerificationRequired"]!.GetValue<bool>());
        Assert.NotNull(body["error"]);
    }

    [Fact]
    public async Task Verified_owner_logs_in_and_reads_me()
    {
        var session = await Driver.SignupVerifiedAsync("Fresh Fruit");
        var me = (await ResponseJson.ReadAsync(await Driver.Authorized(session.Token).GetAsync("/api/tenants/me")))["tenant"]!;

        Assert.Equal(session.TenantId, me["id"]!.GetValue<int>());
        Assert.Equal("owner", me["role"]!.GetValue<string>());
        Assert.Equal("Fresh Fruit", me["store_name"]!.GetValue<string>());
        Assert.True(me["firstLogin"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Duplicate_email_is_409_whatever_the_case()
    {
        var email = await Driver.SignupAsync();
        var response = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/signup", new { email = email.ToUpperInvariant(), password = IdentityDriver.Password, store_name = "Other" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Email already registered", (await ResponseJson.ReadAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_signup_lists_every_field_error_as_problem_details()
    {
        var response = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/signup", new { email = "not-an-email", password = "short", store_name = new string('x', 101) });
        var body = await ResponseJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation failed", body["error"]!.GetValue<string>());
        var fields = body["details"]!.AsArray().Select(d => d!["field"]!.GetValue<string>()).ToList();
        Assert.Equal(["email", "password", "store_name"], fields);
    }

    [Theory]
    [InlineData("{\"email\": ")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"email\": 42, \"password\": true}")]
    public async Task Malformed_json_is_a_400_problem_not_a_500(string json)
    {
        var response = await Driver.Anonymous().PostAsync("/api/tenants/signup", new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await ResponseJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", body["error"]!.GetValue<string>());
        Assert.DoesNotContain("   at ", body.ToJsonString());
    }

    [Fact]
    public async Task Wrong_password_is_401_and_the_fifth_failure_locks_the_account()
    {
        var session = await Driver.SignupVerifiedAsync();
        var client = Driver.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/tenants/login", new { email = session.Email, password = "Wrong-password-1" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal("Invalid credentials", (await ResponseJson.ReadAsync(wrong))["error"]!.GetValue<string>());
        }

        var fifth = await client.PostAsJsonAsync("/api/tenants/login", new { email = session.Email, password = "Wrong-password-1" });
        var right = await client.PostAsJsonAsync("/api/tenants/login", new { email = session.Email, password = session.Password });

        Assert.Equal((HttpStatusCode)423, fifth.StatusCode);
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
        Assert.NotNull(right.Headers.RetryAfter);
    }

    [Fact]
    public async Task Unknown_email_gets_the_same_answer_as_a_wrong_password()
    {
        var response = await Driver.Anonymous().PostAsJsonAsync("/api/tenants/login", new { email = TestTenants.UniqueEmail(), password = "Whatever-123" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Invalid credentials", (await ResponseJson.ReadAsync(response))["error"]!.GetValue<string>());
    }
}
