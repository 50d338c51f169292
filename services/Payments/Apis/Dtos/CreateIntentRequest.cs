using System.Text.Json.Serialization;

namespace QommerceHub.Payments.Apis.Dtos;

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
