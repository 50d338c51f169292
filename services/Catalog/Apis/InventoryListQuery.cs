namespace QommerceHub.Catalog.Apis;

/// <summary>The seed's list query string, read as text so a bad value gets a field error.</summary>
public sealed record InventoryListQuery(string? Page, string? Limit, string? Search, string? SortBy, string? SortOrder, string? IncludeDeleted);
