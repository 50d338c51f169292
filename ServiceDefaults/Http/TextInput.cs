using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace QommerceHub.ServiceDefaults.Http;

/// <summary>
/// The one check of text every service applies before an endpoint runs: no U+0000 or other control character
/// (tab, line feed and carriage return are allowed inside JSON strings, for notes and addresses; nowhere in a query,
/// route value or property name) and no unpaired surrogate, in the query string, the route values and every string
/// of a JSON body. PostgreSQL stores neither, so without it such text became a 500 after other work was done.
/// </summary>
public static class TextInput
{
    private const string Message = "must not contain control characters or invalid text";

    public static bool IsClean(string value, bool multiline)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(c)) return false;
            else if (char.IsControl(c) && !(multiline && c is '\t' or '\n' or '\r')) return false;
        }
        return true;
    }

    /// <summary>Adds an error for each query parameter and route value that is not clean.</summary>
    public static void CheckAddress(HttpRequest request, FieldErrors errors)
    {
        foreach (var (key, values) in request.Query)
        {
            if (!IsClean(key, multiline: false)) errors.Add("query", $"A query parameter name {Message}");
            else if (values.Any(v => v is not null && !IsClean(v, multiline: false))) errors.Add(key, $"{key} {Message}");
        }
        foreach (var (key, value) in request.RouteValues)
            if (value is string text && !IsClean(text, multiline: false)) errors.Add(key, $"{key} {Message}");
    }

    /// <summary>Adds an error, named by its JSON path, for each string of the body that is not clean.</summary>
    public static async Task CheckJsonBodyAsync(HttpRequest request, FieldErrors errors, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        request.Body.Position = 0;
        try
        {
            Walk(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), errors);
        }
        catch (JsonException)
        {
            // Not JSON after all: the endpoint's own binding answers 400 for that.
        }
    }

    public static bool IsJson(HttpRequest request) =>
        request.ContentLength is not 0 && request.ContentType is { } type
        && type.Contains("json", StringComparison.OrdinalIgnoreCase);

    private static void Walk(ReadOnlySpan<byte> json, FieldErrors errors)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new List<string>();
        var indexes = new Stack<int>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString()!;
                    if (!IsClean(property, multiline: false)) errors.Add(Join(path, "?"), $"A property name {Message}");
                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    path.Add(Segment(property, indexes));
                    indexes.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    indexes.Pop();
                    Advance(indexes);
                    break;
                case JsonTokenType.String:
                    var field = Join(path, Segment(property, indexes));
                    if (!IsClean(ReadString(ref reader), multiline: true)) errors.Add(field, $"{field} {Message}");
                    Advance(indexes);
                    break;
                default:
                    Advance(indexes);
                    break;
            }
            property = null;
        }
    }

    /// <summary>An unpaired surrogate escape (<c>\ud800</c>) cannot be read as a string: it counts as not clean.</summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return "\ud800";
        }
    }

    private static string Segment(string? property, Stack<int> indexes) =>
        property ?? (indexes.TryPeek(out var index) && index >= 0 ? $"[{index}]" : "");

    private static void Advance(Stack<int> indexes)
    {
        if (indexes.TryPop(out var index)) indexes.Push(index >= 0 ? index + 1 : index);
    }

    private static string Join(List<string> path, string last)
    {
        var builder = new StringBuilder();
        foreach (var segment in path.Append(last).Where(s => s.Length > 0))
        {
            if (builder.Length > 0 && !segment.StartsWith('[')) builder.Append('.');
            builder.Append(segment);
        }
        return builder.Length == 0 ? "body" : builder.ToString();
    }
}

/// <summary>Answers 400 with field errors before the endpoint runs when any text of the request is not clean.</summary>
public sealed class TextInputMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var errors = new FieldErrors();
        TextInput.CheckAddress(context.Request, errors);
        if (!errors.Any && TextInput.IsJson(context.Request))
            await TextInput.CheckJsonBodyAsync(context.Request, errors, context.RequestAborted);
        if (errors.Any)
        {
            await ApiResults.Validation(errors).ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
