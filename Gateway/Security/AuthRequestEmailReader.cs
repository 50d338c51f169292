using System.Text.Json;

namespace QommerceHub.Gateway.Security;

/// <summary>
/// The auth rate limit counts attempts per client IP and email, like the seed. The email is in the JSON body,
/// so for anonymous auth calls the body is buffered and peeked at here, then rewound for the proxy.
/// </summary>
public sealed class AuthRequestEmailReader(RequestDelegate next)
{
    public const string ItemKey = "auth-email";
    private const int MaxPeekBytes = 16 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/api/tenants") &&
            request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true &&
            request.ContentLength is null or <= MaxPeekBytes)
        {
            request.EnableBuffering(MaxPeekBytes);
            context.Items[ItemKey] = await ReadEmailAsync(request.Body, context.RequestAborted);
            request.Body.Position = 0;
        }
        await next(context);
    }

    private static async Task<string> ReadEmailAsync(Stream body, CancellationToken ct)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: ct);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                   document.RootElement.TryGetProperty("email", out var email) && email.ValueKind == JsonValueKind.String
                ? email.GetString()!.Trim().ToLowerInvariant()
                : "";
        }
        catch (JsonException)
        {
            // Malformed bodies are the service's to reject; they still count against the IP.
            return "";
        }
    }
}
