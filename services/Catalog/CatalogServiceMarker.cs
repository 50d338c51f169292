namespace QommerceHub.Catalog;

/// <summary>Names this assembly for WebApplicationFactory; <c>Program</c> is ambiguous beside other hosts.</summary>
public sealed class CatalogServiceMarker;
