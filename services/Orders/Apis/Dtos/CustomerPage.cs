using System.Text.Json.Serialization;

namespace QommerceHub.Orders.Apis.Dtos;

public sealed record CustomerPage(
    IReadOnlyList<CustomerResponse> Customers, int Total, int Page, [property: JsonPropertyName("totalPages")] int TotalPages);
