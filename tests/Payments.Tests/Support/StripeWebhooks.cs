using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace QommerceHub.Payments.Tests.Support;

/// <summary>
/// Builds Stripe events and signs them exactly as Stripe does: <c>Stripe-Signature: t={unix},v1={hex HMAC-SHA256}</c>
/// of <c>"{t}.{payload}"</c>, keyed with the whole <c>whsec_…</c> secret. Written from Stripe's documentation, not
/// with Stripe.net, so the service's verification is checked against an independent signer.
/// </summary>
public static class StripeWebhooks
{
    public const string Secret = "whsec_test_qommercehub_5c9f2b7e";
    public const string ApiVersion = "2026-10-28.endive";

    public static string Event(string type, JsonObject dataObject, string? eventId = null) => new JsonObject
    {
        ["id"] = eventId ?? "evt_" + Guid.NewGuid().ToString("N")[..24],
        ["object"] = "event",
        ["api_version"] = ApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["data"] = new JsonObject { ["object"] = dataObject.DeepClone() },
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["type"] = type,
    }.ToJsonString();

    public static string Signature(string payload, DateTimeOffset signedAt, string secret = Secret)
    {
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>A POST as Stripe sends it: raw JSON body and the signature header.</summary>
    public static HttpRequestMessage Request(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/webhook")
        {
            Content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (signature is not null) request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        return request;
    }
}
