using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace QommerceHub.Orders.Apis.Idempotency;

/// <summary>Identifies "the same request": method, path and the body as the endpoint understood it.</summary>
internal static class RequestFingerprint
{
    public static string Of(string method, string path, object? body, JsonSerializerOptions options)
    {
        var json = body is null ? "" : JsonSerializer.Serialize(body, body.GetType(), options);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{method}\n{path}\n{json}"));
        return Convert.ToHexStringLower(bytes);
    }
}
