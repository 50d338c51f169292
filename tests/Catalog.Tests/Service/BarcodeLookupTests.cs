using System.Net;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class BarcodeLookupTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task Scanner_finds_the_item_by_its_barcode()
    {
        var store = NewStore();
        var code = ItemBuilder.Ean13();
        var item = await store.CreateAsync(barcode: code);

        var found = await InventoryDriver.ReadAsync<InventoryItem>(await store.Client.GetAsync($"/api/inventory/barcode/{code}"), HttpStatusCode.OK);

        Assert.Equal((item.Id, code, "ean13"), (found.Id, found.Barcode, found.BarcodeFormat));
    }

    [Fact]
    public async Task A_upc_a_item_is_found_by_its_ean_13_scan()
    {
        var store = NewStore();
        var item = await store.CreateAsync(barcode: "036000291452");

        var found = await InventoryDriver.ReadAsync<InventoryItem>(await store.Client.GetAsync("/api/inventory/barcode/0036000291452"), HttpStatusCode.OK);

        Assert.Equal((item.Id, "upca"), (found.Id, found.BarcodeFormat));
    }

    [Fact]
    public async Task Code_128_and_code_39_values_are_accepted()
    {
        var store = NewStore();
        var code128 = await store.CreateAsync(ItemBuilder.Item(barcode: "mug/blue-" + ItemBuilder.Sku()));
        var code39 = await store.CreateAsync(ItemBuilder.Item(barcode: "MUG-" + ItemBuilder.Sku()));

        Assert.Equal(("code128", "code39"), (code128.BarcodeFormat, code39.BarcodeFormat));
        var found = await InventoryDriver.ReadAsync<InventoryItem>(
            await store.Client.GetAsync($"/api/inventory/barcode/{Uri.EscapeDataString(code128.Barcode!)}"), HttpStatusCode.OK);
        Assert.Equal(code128.Id, found.Id);
    }

    [Fact]
    public async Task Unknown_or_invalid_codes_are_not_found_or_refused()
    {
        var store = NewStore();

        await InventoryDriver.ProblemAsync(await store.Client.GetAsync($"/api/inventory/barcode/{ItemBuilder.Ean13()}"), HttpStatusCode.NotFound);
        var bad = await InventoryDriver.ProblemAsync(await store.Client.GetAsync("/api/inventory/barcode/4006381333932"), HttpStatusCode.BadRequest);
        Assert.Contains("check digit", bad["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Barcodes_are_unique_per_store_not_globally()
    {
        var store = NewStore();
        var other = NewStore();
        var code = ItemBuilder.Ean13();
        await store.CreateAsync(barcode: code);

        await InventoryDriver.ProblemAsync(await store.PostAsync("/api/inventory", ItemBuilder.Item(barcode: code)), HttpStatusCode.Conflict);
        Assert.Equal(code, (await other.CreateAsync(barcode: code)).Barcode);
    }

    [Fact]
    public async Task A_upc_a_code_and_its_ean_13_twin_are_the_same_barcode()
    {
        var store = NewStore();
        await store.CreateAsync(barcode: "036000291452");

        await InventoryDriver.ProblemAsync(await store.PostAsync("/api/inventory", ItemBuilder.Item(barcode: "0036000291452")), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_wrong_check_digit_is_a_field_error()
    {
        var store = NewStore();

        var fields = await InventoryDriver.InvalidFieldsAsync(await store.PostAsync("/api/inventory", ItemBuilder.Item(barcode: "4006381333932")));

        Assert.Equal(["barcode"], fields);
    }
}
