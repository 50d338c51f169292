using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class LowStockTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task Low_stock_is_announced_once_per_downward_crossing_of_the_threshold()
    {
        var store = NewStore();
        var item = await store.CreateAsync(quantity: 12, threshold: 10);

        foreach (var delta in new[] { -1, -1, -1, -1 }) await store.AdjustAsync(item.Id, new { delta, reason = "damaged" });
        await store.AdjustAsync(item.Id, new { delta = 10, reason = "received" });
        await PublishAsync(ItemBuilder.OrderPlaced(store.TenantId, ItemBuilder.OrderId(), (item.Id, 9)));
        await Events.WaitFor<StockReserved>(store.TenantId, e => e.Count == 1, "StockReserved");
        var marker = await store.AdjustAsync(item.Id, new { delta = -1, reason = "lost" });
        await Events.WaitFor<StockLevelChanged>(store.TenantId, e => e.Any(x => x.LedgerEntryId == marker.Entry.Id), "the last stock level");

        var alerts = Events.Of<LowStockDetected>(store.TenantId);
        Assert.Equal([(10, 10), (9, 10)], alerts.Select(a => (a.QuantityAvailable, a.LowStockThreshold)));
        Assert.All(alerts, a => Assert.Equal((item.Id, item.Sku), (a.ProductId, a.Sku)));
    }

    [Fact]
    public async Task Raising_the_threshold_above_available_stock_is_a_crossing_too()
    {
        var store = NewStore();
        var item = await store.CreateAsync(quantity: 5, threshold: 2);

        await store.PutAsync($"/api/inventory/{item.Id}", new { low_stock_threshold = 5 });

        var alert = await Events.WaitFor<LowStockDetected>(store.TenantId, e => e.Count == 1, "LowStockDetected");
        Assert.Equal((5, 5), (alert[0].QuantityAvailable, alert[0].LowStockThreshold));
    }
}
