using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Tests.Support;

/// <summary>Drives the inventory API as the web client does, for one store.</summary>
public sealed class InventoryDriver(HttpClient client, int tenantId)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public HttpClient Client => client;
    public int TenantId => tenantId;

    public async Task<InventoryItem> CreateAsync(Dictionary<string, object?> item)
    {
        var response = await client.PostAsJsonAsync("/api/inventory", item, Json);
        return await ReadAsync<InventoryItem>(response, HttpStatusCode.Created);
    }

    public Task<InventoryItem> CreateAsync(int quantity = 10, decimal price = 9.99m, string? barcode = null, int? threshold = null, int? reorderPoint = null) =>
        CreateAsync(ItemBuilder.Item(quantity: quantity, price: price, barcode: barcode, threshold: threshold, reorderPoint: reorderPoint));

    public async Task<InventoryItem> GetAsync(int id) =>
        await ReadAsync<InventoryItem>(await client.GetAsync($"/api/inventory/{id}"), HttpStatusCode.OK);

    public Task<HttpResponseMessage> PostAsync(string path, object body) => client.PostAsJsonAsync(path, body, Json);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => client.PutAsJsonAsync(path, body, Json);

    public async Task<StockAdjustmentResult> AdjustAsync(int id, object adjustment)
    {
        var response = await PostAsync($"/api/inventory/{id}/adjustments", adjustment);
        return await ReadAsync<StockAdjustmentResult>(response, HttpStatusCode.Created);
    }

    /// <summary>Every ledger row of the item, oldest first, reading all pages.</summary>
    public async Task<List<LedgerEntry>> LedgerAsync(int id)
    {
        var entries = new List<LedgerEntry>();
        for (var page = 1; ; page++)
        {
            var ledger = await ReadAsync<PageAnswer<LedgerEntry>>(await client.GetAsync($"/api/inventory/{id}/ledger?page={page}&limit=100"), HttpStatusCode.OK);
            entries.AddRange(ledger.Items);
            if (page >= ledger.Pagination.TotalPages) break;
        }
        entries.Reverse();
        return entries;
    }

    public Task<HttpResponseMessage> UploadImageAsync(int id, byte[] bytes, string fileName = "photo.jpg", string contentType = "image/jpeg")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "image", fileName } };
        // As careful clients do: the server can refuse an oversized body before it is sent.
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/inventory/{id}/upload-image") { Content = form };
        request.Headers.ExpectContinue = true;
        return client.SendAsync(request);
    }

    public Task<HttpResponseMessage> ImportAsync(string csv, bool dryRun)
    {
        var file = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        var form = new MultipartFormDataContent { { file, "file", "items.csv" } };
        return client.PostAsync($"/api/inventory/import?dryRun={(dryRun ? "true" : "false")}", form);
    }

    public async Task<PageAnswer<InventoryItem>> ListAsync(string query = "") =>
        await ReadAsync<PageAnswer<InventoryItem>>(await client.GetAsync("/api/inventory" + query), HttpStatusCode.OK);

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>Asserts a problem-details answer with the seed's <c>error</c> field, and returns it.</summary>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.False(string.IsNullOrWhiteSpace(problem["error"]?.GetValue<string>()), body);
        return problem;
    }

    /// <summary>The fields named in a validation problem's <c>details</c>.</summary>
    public static async Task<string[]> InvalidFieldsAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        return problem["details"]!.AsArray().Select(d => d!["field"]!.GetValue<string>()).ToArray();
    }
}
