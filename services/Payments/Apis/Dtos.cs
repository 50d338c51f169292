using System.Text.Json.Serialization;
using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Apis;

// Field names follow the seed API: camelCase where the seed's web client reads camelCase, snake_case elsewhere.

public sealed record CreateIntentRequest(int? OrderId);

public sealed record CreateIntentResponse(
    [property: JsonPropertyName("clientSecret")] string ClientSecret,
    [property: JsonPropertyName("paymentIntentId")] string PaymentIntentId,
    int OrderId,
    decimal Amount,
    string Currency,
    string Status,
    string Mode);

public sealed record PaymentStatusResponse(
    [property: JsonPropertyName("paymentIntentId")] string PaymentIntentId,
    int OrderId,
    string Status,
    decimal Amount,
    decimal AmountRefunded,
    decimal AmountRemaining,
    string Currency,
    string? FailureReason,
    string Mode)
{
    public static PaymentStatusResponse From(Payment p) => new(
        p.PaymentIntentId, p.OrderId, p.Status, p.Amount, p.AmountRefunded, p.AmountRemaining, p.Currency, p.FailureReason, p.Mode);
}

public sealed record RefundRequest(
    [property: JsonPropertyName("paymentIntentId")] string? PaymentIntentId,
    decimal? Amount,
    string? Reason);

public sealed record RefundResponse(
    string RefundId,
    [property: JsonPropertyName("paymentIntentId")] string PaymentIntentId,
    int OrderId,
    decimal Amount,
    decimal AmountRefunded,
    decimal AmountRemaining,
    bool FullyRefunded,
    string Status,
    string? Reason,
    string Currency,
    string Mode)
{
    public static RefundResponse From(Payment p, PaymentRefund r) => new(
        r.ProviderRefundId, p.PaymentIntentId, p.OrderId, r.Amount, p.AmountRefunded, p.AmountRemaining,
        p.IsFullyRefunded, r.Status, r.Reason, p.Currency, p.Mode);
}

public sealed record SimulatedConfirmRequest(
    [property: JsonPropertyName("paymentIntentId")] string? PaymentIntentId,
    [property: JsonPropertyName("cardNumber")] string? CardNumber);

public sealed record PublicConfigResponse(
    [property: JsonPropertyName("stripePublishableKey")] string? StripePublishableKey,
    string Mode,
    bool Simulated);

public sealed record WebhookReceipt(bool Received, string Result);
