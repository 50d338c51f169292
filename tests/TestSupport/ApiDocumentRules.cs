using System.Text.Json.Nodes;

namespace QommerceHub.Testing;

/// <summary>
/// What every operation of a service's OpenAPI document must say: a summary, 400 when it takes a body,
/// 404 when the route names something, 401 and 403 when it needs a token.
/// </summary>
public static class ApiDocumentRules
{
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>Reads the document the service serves and lists each operation that breaks a rule, as "GET /path: what".</summary>
    public static async Task<IReadOnlyList<string>> BrokenAsync(HttpClient client)
    {
        var document = JsonNode.Parse(await client.GetStringAsync(DocumentPath))!;
        return Broken(document);
    }

    public static IReadOnlyList<string> Broken(JsonNode document)
    {
        var broken = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is not JsonObject op || method == "parameters") continue;
                var name = $"{method.ToUpperInvariant()} {path}";
                var responses = op["responses"]?.AsObject().Select(r => r.Key).ToHashSet() ?? [];

                if (string.IsNullOrWhiteSpace(op["summary"]?.GetValue<string>())) broken.Add($"{name}: no summary");
                if (op["requestBody"] is not null && !responses.Contains("400")) broken.Add($"{name}: takes a body but declares no 400");
                if (path.Contains('{') && !responses.Contains("404")) broken.Add($"{name}: names a resource but declares no 404");
                if (op["security"] is JsonArray { Count: > 0 })
                {
                    if (!responses.Contains("401")) broken.Add($"{name}: needs a token but declares no 401");
                    if (!responses.Contains("403")) broken.Add($"{name}: needs a token but declares no 403");
                }
            }
        }
        return broken;
    }
}
