using System.Text.Json.Serialization;
using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Apis.Dtos;

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
