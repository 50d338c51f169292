using System.Net;
using System.Text.Json;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests.Contract;

/// <summary>Reads a gateway answer for a contract row: the status first, then its JSON shape.</summary>
internal static class ContractAnswer
{
    public const JsonValueKind Text = JsonValueKind.String;
    public const JsonValueKind Number = JsonValueKind.Number;
    public const JsonValueKind Object = JsonValueKind.Object;
    public const JsonValueKind ArrayKind = JsonValueKind.Array;
    public const JsonValueKind Null = JsonValueKind.Null;
    public static readonly JsonValueKind[] Boolean = [JsonValueKind.True, JsonValueKind.False];

    public static async Task<JsonShape> ShapeAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        return JsonShape.Of(text);
    }

    /// <summary>The list envelope of the original: <c>{items:[…], pagination:{page, limit, total, totalPages}}</c>.</summary>
    public static async Task<JsonShape> ListAsync(HttpResponseMessage response) =>
        (await ShapeAsync(response, HttpStatusCode.OK))
            .Has("items", JsonValueKind.Array).Has("pagination", JsonValueKind.Object)
            .Has("pagination.page", Number).Has("pagination.limit", Number).Has("pagination.total", Number).Has("pagination.totalPages", Number);

    /// <summary>An error row: the status, and the sentence in <c>error</c> (inside our problem details).</summary>
    public static async Task<JsonShape> ErrorAsync(HttpResponseMessage response, HttpStatusCode expected, string? sentence = null)
    {
        var shape = await ShapeAsync(response, expected);
        shape.Has("error", Text);
        if (sentence is not null) shape.HasValue("error", sentence);
        return shape;
    }
}
