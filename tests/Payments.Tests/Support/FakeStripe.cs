using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace QommerceHub.Payments.Tests.Support;

/// <summary>
/// The Stripe endpoints Payments calls, on 127.0.0.1 and a free port: PaymentIntents (create, retrieve) and Refunds,
/// form-encoded in, Stripe-shaped JSON out, with Stripe's idempotency-key replay and its refusal to over-refund.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, FakeIntent> intents = new();
    private readonly ConcurrentDictionary<string, Lazy<(int Status, string Body)>> replays = new();
    private readonly ConcurrentQueue<FakeCall> calls = new();
    private readonly ConcurrentDictionary<string, bool> losingRefundAnswers = new();
    private readonly Lock gate = new();
    private WebApplication? app;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every request Payments sent, in order.</summary>
    public IReadOnlyList<FakeCall> Calls => calls.ToList();

    public static async Task<FakeStripe> StartAsync()
    {
        var fake = new FakeStripe();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        fake.app = builder.Build();
        fake.app.MapPost("/v1/payment_intents", fake.CreateIntent);
        fake.app.MapGet("/v1/payment_intents/{id}", (string id) => fake.intents.TryGetValue(id, out var intent)
            ? Results.Content(intent.ToJson().ToJsonString(), "application/json")
            : Error(404, "resource_missing", $"No such payment_intent: '{id}'"));
        fake.app.MapPost("/v1/refunds", fake.CreateRefund);
        await fake.app.StartAsync();
        var address = fake.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    public FakeIntent Intent(string id) => intents[id];

    /// <summary>While on, refunds of this intent are made but their answer is lost (500), as when a connection drops.</summary>
    public void LoseRefundAnswers(string paymentIntentId, bool lose = true)
    {
        if (lose) losingRefundAnswers[paymentIntentId] = true;
        else losingRefundAnswers.TryRemove(paymentIntentId, out _);
    }

    /// <summary>Every refund made on the intent, as its refund.created webhook would carry it.</summary>
    public IReadOnlyList<JsonObject> RefundsOf(string paymentIntentId) => replays
        .Where(r => r.Key.StartsWith("/v1/refunds|", StringComparison.Ordinal) && r.Value.Value.Status == 200)
        .Select(r => JsonNode.Parse(r.Value.Value.Body)!.AsObject())
        .Where(r => r["payment_intent"]!.GetValue<string>() == paymentIntentId)
        .ToList();

    /// <summary>What Stripe does when the customer's card is charged: the intent succeeds.</summary>
    public JsonObject Succeed(string id)
    {
        var intent = intents[id];
        intent.Status = "succeeded";
        intent.AmountReceived = intent.Amount;
        return intent.ToJson();
    }

    /// <summary>A declined attempt: the intent asks for another payment method and carries the card error.</summary>
    public JsonObject Decline(string id, string declineCode)
    {
        var json = intents[id].ToJson();
        json["last_payment_error"] = new JsonObject
        {
            ["type"] = "card_error",
            ["code"] = "card_declined",
            ["decline_code"] = declineCode,
            ["message"] = "Your card was declined.",
        };
        return json;
    }

    /// <summary>A refund made outside Payments, e.g. in Stripe's dashboard: no metadata of ours.</summary>
    public JsonObject RefundFromDashboard(string paymentIntentId, long amount)
    {
        var intent = intents[paymentIntentId];
        lock (gate) intent.AmountRefunded += amount;
        return RefundJson("re_" + Guid.NewGuid().ToString("N"), intent, amount, null, []);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }

    private async Task<IResult> CreateIntent(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        return Replayable(request, form, () =>
        {
            var id = "pi_" + Guid.NewGuid().ToString("N")[..24];
            var intent = new FakeIntent(id, long.Parse(form["amount"]!, CultureInfo.InvariantCulture), form["currency"]!, Metadata(form));
            intents[id] = intent;
            return (200, intent.ToJson().ToJsonString());
        });
    }

    private async Task<IResult> CreateRefund(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var answer = Replayable(request, form, () =>
        {
            if (!intents.TryGetValue(form["payment_intent"].ToString(), out var intent))
                return (404, ErrorBody("resource_missing", "No such payment_intent"));
            if (intent.Status != "succeeded")
                return (400, ErrorBody("charge_not_found", "This PaymentIntent does not have a successful charge to refund."));
            var amount = form.ContainsKey("amount") ? long.Parse(form["amount"]!, CultureInfo.InvariantCulture) : intent.Amount - intent.AmountRefunded;
            lock (gate)
            {
                if (amount > intent.Amount - intent.AmountRefunded)
                    return (400, ErrorBody("amount_too_large", "Refund amount is greater than unrefunded amount on charge"));
                intent.AmountRefunded += amount;
            }
            var reason = form.ContainsKey("reason") ? form["reason"].ToString() : null;
            return (200, RefundJson("re_" + Guid.NewGuid().ToString("N")[..24], intent, amount, reason, Metadata(form)).ToJsonString());
        });
        return losingRefundAnswers.ContainsKey(form["payment_intent"].ToString())
            ? Error(500, "api_error", "The answer was lost on the way")
            : answer;
    }

    /// <summary>
    /// Stripe answers a repeated idempotency key with the first answer, without acting again. Two requests with one key
    /// at the same time act once too (GetOrAdd alone may run its factory twice: a refund was then made twice).
    /// </summary>
    private IResult Replayable(HttpRequest request, IFormCollection form, Func<(int Status, string Body)> act)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        calls.Enqueue(new FakeCall(request.Path, key, form.ToDictionary(f => f.Key, f => f.Value.ToString())));
        var answer = key.Length > 0 ? replays.GetOrAdd($"{request.Path}|{key}", _ => new Lazy<(int, string)>(act)).Value : act();
        return Results.Content(answer.Body, "application/json", statusCode: answer.Status);
    }

    private static JsonObject RefundJson(string id, FakeIntent intent, long amount, string? reason, Dictionary<string, string> metadata) => new()
    {
        ["id"] = id,
        ["object"] = "refund",
        ["amount"] = amount,
        ["currency"] = intent.Currency,
        ["payment_intent"] = intent.Id,
        ["reason"] = reason,
        ["status"] = "succeeded",
        ["metadata"] = new JsonObject(metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
    };

    private static Dictionary<string, string> Metadata(IFormCollection form) => form
        .Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal))
        .ToDictionary(f => f.Key["metadata[".Length..^1], f => f.Value.ToString());

    private static IResult Error(int status, string code, string message) =>
        Results.Content(ErrorBody(code, message), "application/json", statusCode: status);

    private static string ErrorBody(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["type"] = "invalid_request_error", ["code"] = code, ["message"] = message } }.ToJsonString();
}

public sealed record FakeCall(string Path, string IdempotencyKey, IReadOnlyDictionary<string, string> Form);

public sealed class FakeIntent(string id, long amount, string currency, Dictionary<string, string> metadata)
{
    public string Id => id;
    public long Amount => amount;
    public string Currency => currency;
    public IReadOnlyDictionary<string, string> Metadata => metadata;
    public string Status { get; set; } = "requires_payment_method";
    public long AmountReceived { get; set; }
    public long AmountRefunded { get; set; }

    public JsonObject ToJson() => new()
    {
        ["id"] = id,
        ["object"] = "payment_intent",
        ["amount"] = amount,
        ["amount_received"] = AmountReceived,
        ["currency"] = currency,
        ["status"] = Status,
        ["client_secret"] = $"{id}_secret_{id[^6..]}",
        ["metadata"] = new JsonObject(metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
        ["livemode"] = false,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
    };
}
