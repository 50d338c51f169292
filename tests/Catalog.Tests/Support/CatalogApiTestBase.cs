using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Support;

/// <summary>Base of the service tests: the collection's Catalog instance and a fresh store per test.</summary>
public abstract class CatalogApiTestBase(CatalogService catalog)
{
    protected ServiceFactory<CatalogServiceMarker> Factory => catalog.Factory;
    protected BusEvents Events => catalog.Events;

    /// <summary>A new store and a driver signed in as its owner.</summary>
    protected InventoryDriver NewStore(string role = "owner")
    {
        var tenantId = TestTenants.Next();
        return new InventoryDriver(Factory.ClientFor(tenantId, userId: 7, role: role), tenantId);
    }

    /// <summary>Publishes as Orders would; the same record published twice keeps its MessageId (a redelivery).</summary>
    protected Task PublishAsync<T>(T message) where T : IntegrationEvent => catalog.Bus.Publish(message);
}
