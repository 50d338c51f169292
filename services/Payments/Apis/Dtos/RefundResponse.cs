using System.Text.Json.Serialization;
using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.Apis.Dtos;

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
