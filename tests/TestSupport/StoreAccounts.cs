using System.Net;
using System.Net.Http.Json;

namespace QommerceHub.Testing;

public sealed record StoreOwner(string Email, string Password, int TenantId, string Token, string RefreshToken);

/// <summary>Store owners' accounts as the browser makes them, through the gateway only: sign up, verify, log in.</summary>
public sealed class StoreAccounts(IRunningSystem system)
{
    public const string Password = "Shop-owner-42";

    public async Task<string> SignUpAsync(string storeName = "System Test Shop")
    {
        var email = TestTenants.UniqueEmail("owner");
        var response = await system.Client().PostAsJsonAsync("/api/tenants/signup", new { email, password = Password, store_name = storeName });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return email;
    }

    /// <summary>Signs up, opens the verification link from the email in maildev, and logs in.</summary>
    public async Task<StoreOwner> OpenStoreAsync(string storeName = "System Test Shop") =>
        await LogInAsync(await SignUpVerifiedAsync(storeName), Password);

    /// <summary>Signs up and opens the verification link from the email in maildev; returns the email.</summary>
    public async Task<string> SignUpVerifiedAsync(string storeName = "System Test Shop")
    {
        var email = await SignUpAsync(storeName);
        var mail = await system.Inbox.WaitForAsync(email, "Verify your email");
        var verify = await system.Client().PostAsJsonAsync("/api/tenants/verify-email", new { token = MaildevInbox.LinkToken(mail, "verify-email.html") });
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        return email;
    }

    public async Task<StoreOwner> LogInAsync(string email, string password)
    {
        var response = await system.Client().PostAsJsonAsync("/api/tenants/login", new { email, password });
        var body = await ResponseJson.ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return new StoreOwner(email, password, body["tenant"]!["id"]!.GetValue<int>(), body["token"]!.GetValue<string>(), body["refreshToken"]!.GetValue<string>());
    }
}
