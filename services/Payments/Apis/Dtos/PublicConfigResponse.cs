using System.Text.Json.Serialization;

namespace QommerceHub.Payments.Apis.Dtos;

public sealed record PublicConfigResponse(
    [property: JsonPropertyName("stripePublishableKey")] string? StripePublishableKey,
    string Mode,
    bool Simulated);
