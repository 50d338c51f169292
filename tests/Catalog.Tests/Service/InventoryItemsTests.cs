using System.Net;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Contracts;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class InventoryItemsTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task Created_item_shows_stock_split_into_on_hand_reserved_and_available()
    {
        var store = NewStore();
        var body = ItemBuilder.Item(name: "Teapot", sku: "TP-1", quantity: 12, price: 24.5m, threshold: 3);
        body["description"] = "Cast iron, 1 l";
        body["category"] = "Kitchen";
        var response = await store.PostAsync("/api/inventory", body);
        var item = await InventoryDriver.ReadAsync<InventoryItem>(response, HttpStatusCode.Created);

        Assert.Equal(("Teapot", "TP-1", 12, 12, 0, 12, 24.5m), (item.Name, item.Sku, item.Quantity, item.OnHand, item.ReservedQuantity, item.AvailableQuantity, item.Price));
        Assert.Equal(("Cast iron, 1 l", "Kitchen"), (item.Description, item.Category));
        Assert.Equal((store.TenantId, 3, 3, false, 1L), (item.TenantId, item.LowStockThreshold, item.ReorderPoint, item.IsDeleted, item.Version));
        Assert.Equal($"/api/inventory/{item.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(item, await store.GetAsync(item.Id));
    }

    [Fact]
    public async Task List_pages_searches_name_sku_and_barcode_and_sorts()
    {
        var store = NewStore();
        var barcode = ItemBuilder.Ean13();
        await store.CreateAsync(ItemBuilder.Item(name: "Green tea", sku: "TEA-GREEN", price: 4m));
        await store.CreateAsync(ItemBuilder.Item(name: "Black tea", sku: "TEA-BLACK", price: 6m, barcode: barcode));
        await store.CreateAsync(ItemBuilder.Item(name: "Coffee 100%", sku: "COF-1", price: 9m));

        var page = await store.ListAsync("?limit=2&page=1&sortBy=price&sortOrder=desc");
        Assert.Equal((3, 1, 2, 2), (page.Pagination.Total, page.Pagination.Page, page.Pagination.Limit, page.Pagination.TotalPages));
        Assert.Equal(["Coffee 100%", "Black tea"], page.Items.Select(i => i.Name));
        Assert.Equal(["Green tea"], (await store.ListAsync("?limit=2&page=2&sortBy=price&sortOrder=desc")).Items.Select(i => i.Name));

        Assert.Equal(2, (await store.ListAsync("?search=TEA")).Pagination.Total);
        Assert.Equal(["TEA-GREEN"], (await store.ListAsync("?search=green")).Items.Select(i => i.Sku));
        Assert.Equal(["Black tea"], (await store.ListAsync($"?search={barcode[..8]}")).Items.Select(i => i.Name));
        Assert.Equal(["Coffee 100%"], (await store.ListAsync("?search=100%25")).Items.Select(i => i.Name));
        Assert.Equal(["COF-1", "TEA-BLACK", "TEA-GREEN"], (await store.ListAsync("?sortBy=sku&sortOrder=asc")).Items.Select(i => i.Sku));
        Assert.Equal(["TEA-GREEN", "TEA-BLACK", "COF-1"], (await store.ListAsync("?sortBy=sku")).Items.Select(i => i.Sku));
        // The original's default: newest first.
        Assert.Equal(["Coffee 100%", "Black tea", "Green tea"], (await store.ListAsync()).Items.Select(i => i.Name));
    }

    [Fact]
    public async Task List_answer_uses_the_original_field_names()
    {
        var store = NewStore();
        await store.CreateAsync();

        var json = await (await store.Client.GetAsync("/api/inventory")).Content.ReadAsStringAsync();

        foreach (var field in new[] { "\"items\"", "\"pagination\"", "\"total\"", "\"limit\"", "\"totalPages\"", "\"description\"", "\"category\"", "\"on_hand\"", "\"reserved_quantity\"", "\"image_url\"", "\"is_deleted\"", "\"created_at\"" })
            Assert.Contains(field, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_inventory_api()
    {
        var document = await Factory.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/inventory", "/api/inventory/{id}/adjustments", "/api/inventory/{id}/ledger", "/api/inventory/reorder", "/api/inventory/import" })
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_update_changes_only_the_fields_sent()
    {
        var store = NewStore();
        var item = await store.CreateAsync(ItemBuilder.Item(name: "Mug", price: 5m, quantity: 4));

        var updated = await InventoryDriver.ReadAsync<InventoryItem>(
            await store.PutAsync($"/api/inventory/{item.Id}", new { price = 6.5m, reorder_point = 2 }), HttpStatusCode.OK);

        Assert.Equal(("Mug", 6.5m, 4, 2, 2L), (updated.Name, updated.Price, updated.Quantity, updated.ReorderPoint, updated.Version));
        var changed = await Events.WaitFor<ProductUpdated>(store.TenantId, e => e.Count == 1, "ProductUpdated");
        Assert.Equal((item.Id, 6.5m, 2L), (changed[0].ProductId, changed[0].Price, changed[0].Version));
    }

    [Fact]
    public async Task Quantity_edit_is_recorded_on_the_ledger_as_a_correction()
    {
        var store = NewStore();
        var item = await store.CreateAsync(quantity: 10);

        await store.PutAsync($"/api/inventory/{item.Id}", new { quantity = 7 });
        var ledger = await store.LedgerAsync(item.Id);

        Assert.Equal([("created", 10, 10), ("correction", -3, 7)], ledger.Select(e => (e.Reason, e.Change, e.ResultingOnHand)));
        Assert.All(ledger, e => Assert.Equal("user:7", e.Actor));
    }

    [Fact]
    public async Task Deleted_item_leaves_the_list_and_comes_back_when_restored()
    {
        var store = NewStore();
        var item = await store.CreateAsync();

        var deleted = await store.Client.DeleteAsync($"/api/inventory/{item.Id}");
        Assert.Equal("{\"message\":\"Item deleted\"}", await deleted.Content.ReadAsStringAsync());
        Assert.Equal(0, (await store.ListAsync()).Pagination.Total);
        Assert.True((await store.ListAsync("?includeDeleted=true")).Items.Single().IsDeleted);
        await InventoryDriver.ProblemAsync(await store.Client.DeleteAsync($"/api/inventory/{item.Id}"), HttpStatusCode.NotFound);

        var restored = await InventoryDriver.ReadAsync<InventoryItem>(await store.PutAsync($"/api/inventory/{item.Id}/restore", new { }), HttpStatusCode.OK);
        Assert.False(restored.IsDeleted);
        Assert.Equal(1, (await store.ListAsync()).Pagination.Total);
        Assert.False((await InventoryDriver.ReadAsync<InventoryItem>(await store.PutAsync($"/api/inventory/{item.Id}/restore", new { }), HttpStatusCode.OK)).IsDeleted);

        var versions = await Eventually.Until(
            () => Task.FromResult((Events.Of<ProductDeleted>(store.TenantId), Events.Of<ProductRestored>(store.TenantId))),
            e => e.Item1.Count == 1 && e.Item2.Count == 1, TimeSpan.FromSeconds(10), "delete and restore events");
        Assert.True(versions.Item1[0].Version < versions.Item2[0].Version);
    }

    [Fact]
    public async Task Health_answers_without_a_token()
    {
        var answer = await Factory.CreateClient().GetAsync("/api/inventory/health");
        Assert.Equal("{\"message\":\"Inventory service healthy\"}", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stats_count_items_stock_value_and_low_or_empty_stock()
    {
        var store = NewStore();
        await store.CreateAsync(quantity: 10, price: 2.5m, threshold: 3);
        await store.CreateAsync(quantity: 2, price: 10m, threshold: 3);
        await store.CreateAsync(quantity: 0, price: 1m, threshold: 0);
        var gone = await store.CreateAsync(quantity: 100, price: 100m);
        await store.Client.DeleteAsync($"/api/inventory/{gone.Id}");

        var stats = await InventoryDriver.ReadAsync<InventoryStats>(await store.Client.GetAsync("/api/inventory/stats"), HttpStatusCode.OK);

        Assert.Equal(new InventoryStats(4, 3, 1, 12, 0, 12, 45m, 2, 1, 2), stats);
    }

    [Fact]
    public async Task Reorder_list_shows_items_at_or_below_their_reorder_point_most_urgent_first()
    {
        var store = NewStore();
        var low = await store.CreateAsync(quantity: 5, reorderPoint: 5);
        var lower = await store.CreateAsync(quantity: 1, reorderPoint: 6);
        await store.CreateAsync(quantity: 9, reorderPoint: 5);

        var page = await InventoryDriver.ReadAsync<PageAnswer<InventoryItem>>(await store.Client.GetAsync("/api/inventory/reorder"), HttpStatusCode.OK);

        Assert.Equal([lower.Id, low.Id], page.Items.Select(i => i.Id));
    }
}
