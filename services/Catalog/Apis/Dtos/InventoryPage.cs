using System.Text.Json.Serialization;

namespace QommerceHub.Catalog.Apis.Dtos;

/// <summary>One page of items, shaped like the seed's list answer.</summary>
public sealed record InventoryPage(
    IReadOnlyList<InventoryItem> Items,
    int Total,
    int Page,
    [property: JsonPropertyName("totalPages")] int TotalPages);
