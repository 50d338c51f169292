using System.Text.Json;
using System.Text.Json.Nodes;

namespace QommerceHub.Testing;

/// <summary>An API answer's body as JSON, for tests that read fields the typed answers do not name.</summary>
public static class ResponseJson
{
    /// <summary>The body as a JSON object; an empty body is an empty object.</summary>
    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? throw new JsonException(text);
    }
}
