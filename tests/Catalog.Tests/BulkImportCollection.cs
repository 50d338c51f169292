using QommerceHub.Catalog.Tests.Support;

namespace QommerceHub.Catalog.Tests;

/// <summary>
/// The 10,000-row import runs on infrastructure of its own: its 10,000 ProductCreated events would otherwise
/// queue in front of every other test's events in the shared outbox.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BulkImportCollection : ICollectionFixture<CatalogService>
{
    public const string Name = "catalog-bulk-import";
}
