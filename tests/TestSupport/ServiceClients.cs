using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace QommerceHub.Testing;

public static class ServiceClients
{
    /// <summary>A client of the service signed in to the store with a <see cref="TestTokens"/> token.</summary>
    public static HttpClient ClientFor<TEntryPoint>(this WebApplicationFactory<TEntryPoint> factory,
        int tenantId, int userId = 1, string role = "owner", TimeSpan? lifetime = null) where TEntryPoint : class
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(tenantId, userId, role, lifetime: lifetime));
        return client;
    }
}
