using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Tests.Support;

/// <summary>One store as its dashboard and its upstream services see Analytics.</summary>
public sealed class StoreDriver(AnalyticsHost host, int tenantId)
{
    public int TenantId => tenantId;
    public ShopEvents Events { get; } = new(tenantId);
    public HttpClient Client { get; } = host.ClientFor(tenantId);

    /// <summary>Publishes each event in turn, waiting until Analytics has consumed it before the next.</summary>
    public async Task PublishAsync(params IntegrationEvent[] events)
    {
        foreach (var message in events) await host.PublishAsync(message);
    }

    public Task<JsonNode> SalesAsync(string query = "") => GetJsonAsync("/api/analytics/sales" + (query.Length > 0 ? "?" + query : ""));

    public Task<JsonNode> InventoryAsync() => GetJsonAsync("/api/analytics/inventory");

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonNode>())!;
}
