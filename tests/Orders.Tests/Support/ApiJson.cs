using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace QommerceHub.Orders.Tests.Support;

/// <summary>Reads answers the way the web client does: snake_case JSON, problem details for errors.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Options)!;
    }

    /// <summary>The problem details of an error answer, after checking its status and content type.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The <c>field</c> of each entry in a problem's <c>details</c>.</summary>
    public static IReadOnlyList<string> Fields(this JsonElement problem) =>
        problem.TryGetProperty("details", out var details)
            ? details.EnumerateArray().Select(d => d.GetProperty("field").GetString()!).ToList()
            : [];

    public static JsonContent Body(object value) => JsonContent.Create(value, options: Options);
}
