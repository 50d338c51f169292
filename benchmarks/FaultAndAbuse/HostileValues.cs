using System.Text.Json.Nodes;

namespace QommerceHub.FaultAndAbuse;

/// <summary>Malformed, wrong-typed, oversized and hostile values: what an attacker or a broken client sends.</summary>
public static class HostileValues
{
    /// <summary>For a path or query parameter (already URL-encoded where it must be).</summary>
    public static readonly string[] InUrl =
    [
        "0", "-1", "2147483648", "99999999999999999999", "1.5", "1e309", "abc", "%00", "1%00", "a%00b",
        "..%2F..%2Fetc%2Fpasswd", new string('9', 300), new string('x', 5000), "%F0%9F%92%A9", "%FF%FE", "'%20OR%201%3D1--",
        "0001-01-01", "9999-12-31", "2026-13-45", "0001-01-01T00:00:00Z", "%5B%5D", "true", "null", "%E2%80%AE",
    ];

    /// <summary>For one JSON property, whatever its declared type.</summary>
    public static IEnumerable<JsonNode?> ForProperty()
    {
        yield return null;
        yield return "";
        yield return "a\u0000b";
        yield return "\u0000";
        yield return new string('x', 100_000);
        yield return "\u202Egnp.exe";
        yield return "<script>alert(1)</script>";
        yield return "' OR 1=1--";
        yield return "0001-01-01";
        yield return "9999-12-31T23:59:59Z";
        yield return "not-a-date";
        yield return 0;
        yield return -1;
        yield return long.MaxValue;
        yield return 1e308;
        yield return 0.001m;
        yield return true;
        yield return new JsonArray(1, "two", null);
        yield return new JsonObject { ["nested"] = new JsonObject { ["deeper"] = "\u0000" } };
    }

    /// <summary>Whole JSON bodies that are not what any operation expects.</summary>
    public static IEnumerable<string> Bodies()
    {
        yield return "";
        yield return "null";
        yield return "[]";
        yield return "{";
        yield return "{\"a\":";
        yield return "\u0000";
        yield return "\"just a string\"";
        yield return new string('[', 5000) + new string(']', 5000);
        yield return "{\"x\":\"" + new string('y', 2_000_000) + "\"}";
        yield return "{\"a\":1,\"a\":2}";
        yield return "{\"price\":1e999999}";
    }

    /// <summary>Broken multipart bodies, each with the Content-Type header that goes with it.</summary>
    public static IEnumerable<(string ContentType, byte[] Body)> Multipart()
    {
        const string boundary = "fuzzboundary";
        var type = $"multipart/form-data; boundary={boundary}";
        byte[] Bytes(string s) => System.Text.Encoding.Latin1.GetBytes(s);
        yield return (type, Bytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n"));
        yield return (type, Bytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nname,sku\r\n"));
        yield return (type, Bytes("garbage without any boundary"));
        yield return ("multipart/form-data", Bytes($"--{boundary}\r\n\r\n--{boundary}--\r\n"));
        yield return ("multipart/form-data; boundary=", Bytes("--\r\n"));
        yield return (type, Bytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"x.png\"\r\n\r\n<html><script>alert(1)</script>\r\n--{boundary}--\r\n"));
        yield return (type, Bytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"\u0000\"; filename=\"\u0000\"\r\n\r\nx\r\n--{boundary}--\r\n"));
    }
}
