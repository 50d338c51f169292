using System.Text.Json.Serialization;

namespace QommerceHub.Payments.Apis.Dtos;

public sealed record SimulatedConfirmRequest(
    [property: JsonPropertyName("paymentIntentId")] string? PaymentIntentId,
    [property: JsonPropertyName("cardNumber")] string? CardNumber);
