using System.Text.Json.Serialization;

namespace QommerceHub.Orders.Apis.Dtos;

public sealed record OrderPage(
    IReadOnlyList<OrderResponse> Orders, int Total, int Page, [property: JsonPropertyName("totalPages")] int TotalPages);
