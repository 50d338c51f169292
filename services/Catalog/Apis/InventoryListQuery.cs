namespace QommerceHub.Catalog.Apis;

/// <summary>The list's query string, read as text so a bad value falls back to its default.</summary>
public sealed record InventoryListQuery(string? Page, string? Limit, string? Search, string? SortBy, string? SortOrder, string? IncludeDeleted);
