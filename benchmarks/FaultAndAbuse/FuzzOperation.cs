using System.Text.Json.Nodes;

namespace QommerceHub.FaultAndAbuse;

/// <summary>One operation of an OpenAPI document and the hostile requests made from it.</summary>
public sealed class FuzzOperation
{
    private readonly JsonObject document;
    private readonly PlausibleValues plausible;
    private readonly List<(string Name, string In)> parameters = [];
    private readonly JsonObject? jsonSchema;
    private readonly bool multipart;

    private FuzzOperation(JsonObject document, PlausibleValues plausible, string template, string method, JsonObject operation)
    {
        this.document = document;
        this.plausible = plausible;
        Template = template;
        Method = method.ToUpperInvariant();
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            parameters.Add((parameter!["name"]!.GetValue<string>(), parameter["in"]!.GetValue<string>()));
        var content = operation["requestBody"]?["content"]?.AsObject();
        jsonSchema = content?["application/json"]?["schema"] is JsonObject schema ? Resolve(schema) : null;
        multipart = content?.Any(c => c.Key.StartsWith("multipart/", StringComparison.Ordinal)) == true;
        Streams = operation["responses"]?.AsObject().Any(r => r.Value?["content"]?["text/event-stream"] is not null) == true;
    }

    public string Template { get; }
    public string Method { get; }

    /// <summary>A live stream (server-sent events) never ends on its own, so it is not fuzzed.</summary>
    public bool Streams { get; }

    public static IEnumerable<FuzzOperation> All(JsonObject document, PlausibleValues plausible)
    {
        foreach (var (template, item) in document["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
                if (method is "get" or "post" or "put" or "patch" or "delete")
                    yield return new FuzzOperation(document, plausible, template, method, operation!.AsObject());
    }

    public IEnumerable<FuzzRequest> Cases()
    {
        var body = jsonSchema is null ? null : Example(jsonSchema, null, depth: 0);
        FuzzRequest Plain(string name, string path) =>
            body is null ? new FuzzRequest(name, path) : FuzzRequest.Json(name, path, body.ToJsonString());

        foreach (var (name, place) in parameters)
            foreach (var value in HostileValues.InUrl)
                yield return Plain($"{place} {name}={Short(value)}", place == "path" ? PathWith(name, value) : $"{PathWith(null, null)}?{name}={value}");

        if (body is JsonObject example)
        {
            foreach (var property in example.Select(p => p.Key).ToList())
                foreach (var value in HostileValues.ForProperty())
                {
                    var copy = example.DeepClone().AsObject();
                    copy[property] = value?.DeepClone();
                    yield return FuzzRequest.Json($"{property}={Short(value?.ToJsonString() ?? "null")}", PathWith(null, null), copy.ToJsonString());
                }
        }

        if (jsonSchema is not null || Method is "POST" or "PUT" or "PATCH")
            foreach (var raw in HostileValues.Bodies())
                yield return FuzzRequest.Json($"body {Short(raw)}", PathWith(null, null), raw);

        if (multipart)
            foreach (var (contentType, bytes) in HostileValues.Multipart())
                yield return new FuzzRequest($"multipart {Short(contentType)}", PathWith(null, null), bytes, contentType);
    }

    /// <summary>The path with every parameter set to a plausible value, except the one being fuzzed.</summary>
    private string PathWith(string? fuzzed, string? value)
    {
        var path = Template;
        foreach (var (name, place) in parameters.Where(p => p.In == "path"))
            path = path.Replace("{" + name + "}", name == fuzzed ? value : plausible.PathId(Template), StringComparison.Ordinal)
                .Replace("{**" + name + "}", name == fuzzed ? value : plausible.PathId(Template), StringComparison.Ordinal);
        return path;
    }

    /// <summary>A plausible value for a schema, so a fuzzed property is the only thing wrong with the body.</summary>
    private JsonNode? Example(JsonObject schema, string? name, int depth)
    {
        schema = Resolve(schema);
        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
            JsonValue single => single.GetValue<string>(),
            _ => schema["properties"] is not null ? "object" : null,
        };
        return type switch
        {
            "object" when depth < 4 => new JsonObject((schema["properties"]?.AsObject() ?? [])
                .Select(p => KeyValuePair.Create(p.Key, Example(p.Value!.AsObject(), p.Key, depth + 1)))),
            "array" when depth < 4 && schema["items"] is JsonObject items => new JsonArray(Example(items, name, depth + 1)),
            "object" or "array" => null,
            _ => plausible.ForProperty(name ?? "", type, schema["format"]?.GetValue<string>()),
        };
    }

    private JsonObject Resolve(JsonObject schema)
    {
        for (var hops = 0; schema["$ref"] is JsonValue reference && hops < 10; hops++)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            schema = document["components"]!["schemas"]![name]!.AsObject();
        }

        return schema;
    }

    private static string Short(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
