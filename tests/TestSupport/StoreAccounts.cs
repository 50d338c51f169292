using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace QommerceHub.Testing;

public sealed record StoreOwner(string Email, string Password, int TenantId, string Token, string RefreshToken);

/// <summary>Does what a store owner does in the browser, through the gateway only.</summary>
public sealed class Shopper(IRunningSystem system)
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
        var body = await Json(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return new StoreOwner(email, password, body["tenant"]!["id"]!.GetValue<int>(), body["token"]!.GetValue<string>(), body["refreshToken"]!.GetValue<string>());
    }

    public static async Task<JsonObject> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? [] : (JsonObject)JsonNode.Parse(text)!;
    }
}
