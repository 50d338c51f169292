using System.Text.Json.Serialization;

namespace QommerceHub.Catalog.Apis.Dtos;

public sealed record LedgerPage(
    IReadOnlyList<LedgerEntry> Entries,
    int Total,
    int Page,
    [property: JsonPropertyName("totalPages")] int TotalPages);
