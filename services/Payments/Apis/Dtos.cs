using System.Text.Json.Serialization;
using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Apis;

// Field names follow the original API (camelCase where it used camelCase); our extra fields follow, in snake_case.

/// <summary>
/// The original's <c>{amount, orderId, customerEmail, currency?}</c>. Only the order is used: the amount, currency and
/// email come from Payments' copy of the order, so a client cannot choose what it pays (ours).
/// </summary>
public sealed record CreateIntentRequest(
    [property: JsonPropertyName("orderId")] int? OrderId,
    [property: JsonPropertyName("order_id")] int? OrderIdSnakeCase,
    decimal? Amount,
    [property: JsonPropertyName("customerEmail")] string? CustomerEmail,
    string? Currency)
{
    public int? Order => OrderId ?? OrderIdSnakeCase;
}

public sealed record CreateIntentResponse(
    bool Success,
    [property: JsonPropertyName("clientSecret")] string ClientSecret,
    [property: JsonPropertyName("paymentIntentId")] string PaymentIntentId,
    decimal Amount,
    int OrderId,
    string Currency,
    string Status,
    string Mode);

public sealed record PaymentStatusResponse(
    bool Success,
    string Status,
    decimal Amount,
    string Currency,
    // Unix seconds, as Stripe answers `created`.
    long Created,
    [property: JsonPropertyName("paymentIntentId")] string PaymentIntentId,
    int OrderId,
    decimal AmountRefunded,
    decimal AmountRemaining,
    string? FailureReason,
    string Mode)
{
    public static PaymentStatusResponse From(Payment p) => new(
        // Lower case, as Stripe (and so the original) answers it.
        true, p.Status, p.Amount, p.Currency.ToLowerInvariant(), p.CreatedAt.ToUnixTimeSeconds(),
        p.PaymentIntentId, p.OrderId, p.AmountRefunded, p.AmountRemaining, p.FailureReason, p.Mode);
}

public sealed record RefundRequest(
    [property: JsonPropertyName("paymentIntentId")] string? PaymentIntentId,
    decimal? Amount,
    string? Reason);

public sealed record RefundResponse(
    bool Success,
    [property: JsonPropertyName("refundId")] string RefundId,
    decimal Amount,
    string Status,
    [property: JsonPropertyName("paymentIntentId")] string PaymentIntentId,
    int OrderId,
    decimal AmountRefunded,
    decimal AmountRemaining,
    bool FullyRefunded,
    string? Reason,
    string Currency,
    string Mode)
{
    public static RefundResponse From(Payment p, PaymentRefund r) => new(
        true, r.ProviderRefundId ?? "", r.Amount, r.Status, p.PaymentIntentId, p.OrderId, p.AmountRefunded, p.AmountRemaining,
        p.IsFullyRefunded, r.Reason, p.Currency, p.Mode);
}

public sealed record SimulatedConfirmRequest(
    [property: JsonPropertyName("paymentIntentId")] string? PaymentIntentId,
    [property: JsonPropertyName("cardNumber")] string? CardNumber);

public sealed record PublicConfigResponse(
    [property: JsonPropertyName("stripePublishableKey")] string? StripePublishableKey,
    string Mode,
    bool Simulated);

public sealed record WebhookReceipt(bool Received, string Result);
