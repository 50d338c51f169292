using System.Text.Json.Serialization;

namespace QommerceHub.ServiceDefaults.Http;

/// <summary>The public API's list answer: <c>{items, pagination:{page, limit, total, totalPages}}</c>.</summary>
public sealed record PageAnswer<T>(IReadOnlyList<T> Items, Pagination Pagination);

public sealed record Pagination(int Page, int Limit, int Total, [property: JsonPropertyName("totalPages")] int TotalPages);
