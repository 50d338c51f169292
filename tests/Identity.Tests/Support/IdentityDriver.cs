using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests.Support;

public sealed record Session(string Email, string Password, int TenantId, string Token, string RefreshToken);

/// <summary>Drives the Identity API like a user would; reads emailed links from the outbox (Notifications is not running here).</summary>
public sealed class IdentityDriver(ServiceFactory<IdentityService> factory)
{
    public const string Password = "Correct-horse-9";

    public HttpClient Anonymous() => factory.CreateClient();

    public HttpClient Authorized(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> SignupAsync(string? email = null, string storeName = "Corner Shop")
    {
        email ??= TestTenants.UniqueEmail("owner");
        var response = await Anonymous().PostAsJsonAsync("/api/tenants/signup", new { email, password = Password, store_name = storeName });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return email;
    }

    public async Task<Session> SignupVerifiedAsync(string storeName = "Corner Shop")
    {
        var email = await SignupAsync(storeName: storeName);
        var verify = await Anonymous().PostAsJsonAsync("/api/tenants/verify-email", new { token = await EmailedTokenAsync("EmailVerificationRequested", email) });
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        return await LoginAsync(email, Password);
    }

    public async Task<Session> LoginAsync(string email, string password)
    {
        var response = await Anonymous().PostAsJsonAsync("/api/tenants/login", new { email, password });
        var body = await ResponseJson.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return new Session(email, password, body["tenant"]!["id"]!.GetValue<int>(), body["token"]!.GetValue<string>(), body["refreshToken"]!.GetValue<string>());
    }

    /// <summary>A user of the owner's store with <paramref name="role"/>: invited, accepted and signed in.</summary>
    public async Task<Session> JoinAsync(Session owner, string role)
    {
        var email = TestTenants.UniqueEmail(role);
        var invite = await Authorized(owner.Token).PostAsJsonAsync("/api/tenants/staff", new { email, role });
        Assert.Equal(HttpStatusCode.Created, invite.StatusCode);
        var accept = await Anonymous().PostAsJsonAsync("/api/tenants/accept-invite", new { token = await EmailedTokenAsync("UserInvited", email), password = Password });
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        return await LoginAsync(email, Password);
    }

    /// <summary>The token from the newest emailed link of that kind for that address.</summary>
    public async Task<string> EmailedTokenAsync(string eventName, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var bodies = await db.OutboxMessages.Where(m => m.MessageType.Contains(eventName)).OrderByDescending(m => m.Id)
            .Select(m => m.Body).ToListAsync();
        var message = bodies.Select(b => JsonNode.Parse(b)!).First(b => (b["Email"] ?? b["OldEmail"])!.GetValue<string>() == email);
        var url = (message["VerificationUrl"] ?? message["ResetUrl"] ?? message["AcceptUrl"] ?? message["RevertUrl"])!.GetValue<string>();
        return Uri.UnescapeDataString(url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
    }
}
