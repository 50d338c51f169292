using System.Net;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class CrossTenantTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task Every_item_endpoint_answers_404_for_another_stores_item()
    {
        var owner = NewStore();
        var item = await owner.CreateAsync(quantity: 5, barcode: ItemBuilder.Ean13());
        var intruder = NewStore();
        var probes = new Func<Task<HttpResponseMessage>>[]
        {
            () => intruder.Client.GetAsync($"/api/inventory/{item.Id}"),
            () => intruder.PutAsync($"/api/inventory/{item.Id}", new { name = "Mine now" }),
            () => intruder.Client.DeleteAsync($"/api/inventory/{item.Id}"),
            () => intruder.PutAsync($"/api/inventory/{item.Id}/restore", new { }),
            () => intruder.PostAsync($"/api/inventory/{item.Id}/adjustments", new { delta = -5, reason = "lost" }),
            () => intruder.Client.GetAsync($"/api/inventory/{item.Id}/ledger"),
            () => intruder.UploadImageAsync(item.Id, TestImages.Png()),
            () => intruder.Client.GetAsync($"/api/inventory/barcode/{item.Barcode}"),
        };

        foreach (var probe in probes)
            await InventoryDriver.ProblemAsync(await probe(), HttpStatusCode.NotFound);

        var untouched = await owner.GetAsync(item.Id);
        Assert.Equal((item.Name, 5, 1L, false), (untouched.Name, untouched.Quantity, untouched.Version, untouched.IsDeleted));
    }

    [Fact]
    public async Task Lists_stats_and_reorder_never_show_another_stores_items()
    {
        var owner = NewStore();
        await owner.CreateAsync(quantity: 0, reorderPoint: 5);
        var intruder = NewStore();

        Assert.Equal(0, (await intruder.ListAsync("?includeDeleted=true")).Pagination.Total);
        Assert.Contains("\"total_items\":0", await (await intruder.Client.GetAsync("/api/inventory/stats")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"total\":0", await (await intruder.Client.GetAsync("/api/inventory/reorder")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_event_of_another_store_cannot_reserve_this_stores_stock()
    {
        var owner = NewStore();
        var item = await owner.CreateAsync(quantity: 5);
        var intruder = NewStore();

        await PublishAsync(ItemBuilder.OrderPlaced(intruder.TenantId, ItemBuilder.OrderId(), (item.Id, 1)));

        var failed = await Events.WaitFor<QommerceHub.Contracts.StockReservationFailed>(intruder.TenantId, e => e.Count == 1, "StockReservationFailed");
        Assert.Equal(0, failed[0].Shortfalls[0].Available);
        Assert.Equal(0, (await owner.GetAsync(item.Id)).ReservedQuantity);
    }
}
