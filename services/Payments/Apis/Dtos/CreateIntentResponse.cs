using System.Text.Json.Serialization;

namespace QommerceHub.Payments.Apis.Dtos;

public sealed record CreateIntentResponse(
    bool Success,
    [property: JsonPropertyName("clientSecret")] string ClientSecret,
    [property: JsonPropertyName("paymentIntentId")] string PaymentIntentId,
    decimal Amount,
    int OrderId,
    string Currency,
    string Status,
    string Mode);
