using System.Text.Json.Serialization;

namespace QommerceHub.Payments.Apis.Dtos;

public sealed record RefundRequest(
    [property: JsonPropertyName("paymentIntentId")] string? PaymentIntentId,
    decimal? Amount,
    string? Reason);
