using System.Text.Json;

namespace QommerceHub.Testing;

/// <summary>
/// Checks that a JSON answer has the keys, nesting and value kinds a client relies on, by path:
/// <c>JsonShape.Of(json).Has("pagination.total", JsonValueKind.Number).Has("items[0].name", JsonValueKind.String)</c>.
/// Give several kinds when a value may be null.
/// </summary>
public sealed class JsonShape(JsonElement root)
{
    public static JsonShape Of(JsonElement root) => new(root);

    public static JsonShape Of(string json) => new(JsonDocument.Parse(json).RootElement.Clone());

    public JsonShape Has(string path, params JsonValueKind[] kinds)
    {
        var value = Find(path);
        Assert.True(value is not null, $"'{path}' is missing in {root}");
        if (kinds.Length > 0)
            Assert.True(kinds.Contains(value!.Value.ValueKind), $"'{path}' is {value!.Value.ValueKind}, expected {string.Join(" or ", kinds)}");
        return this;
    }

    public JsonShape HasNot(string path)
    {
        Assert.True(Find(path) is null, $"'{path}' should not be in {root}");
        return this;
    }

    public JsonShape HasValue(string path, string expected)
    {
        var value = Find(path);
        Assert.True(value is not null, $"'{path}' is missing in {root}");
        Assert.Equal(expected, value!.Value.ValueKind == JsonValueKind.String ? value.Value.GetString() : value.Value.GetRawText());
        return this;
    }

    public JsonElement Get(string path) => Find(path) ?? throw new Xunit.Sdk.XunitException($"'{path}' is missing in {root}");

    private JsonElement? Find(string path)
    {
        var current = root;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment;
            var index = -1;
            var bracket = segment.IndexOf('[');
            if (bracket >= 0)
            {
                name = segment[..bracket];
                index = int.Parse(segment[(bracket + 1)..^1]);
            }

            if (name.Length > 0)
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current)) return null;
            }

            if (index >= 0)
            {
                if (current.ValueKind != JsonValueKind.Array || current.GetArrayLength() <= index) return null;
                current = current[index];
            }
        }

        return current;
    }
}
