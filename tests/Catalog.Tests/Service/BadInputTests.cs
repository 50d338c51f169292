using System.Net;
using System.Text;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class BadInputTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    public static TheoryData<string, string> BadItems => new()
    {
        { """{"name":"Mug","sku":"A","price":1,"quantity":-1}""", "quantity" },
        { """{"name":"Mug","sku":"A","price":1,"quantity":1.5}""", "quantity" },
        { """{"name":"Mug","sku":"A","price":0}""", "price" },
        { """{"name":"Mug","sku":"A","price":-3}""", "price" },
        { """{"name":"Mug","sku":"A","price":1.999}""", "price" },
        { """{"sku":"A","price":1}""", "name" },
        { """{"name":"Mug","price":1}""", "sku" },
        { """{"name":"Mug","sku":"A"}""", "price" },
        { """{"name":"Mug","sku":"A","price":1,"low_stock_threshold":-2}""", "low_stock_threshold" },
        { """{"name":"Mug","sku":"A","price":1,"barcode":"123","barcode_format":"ean13"}""", "barcode" },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public async Task Bad_fields_get_a_validation_problem_naming_them(string json, string field)
    {
        var store = NewStore();

        var fields = await InventoryDriver.InvalidFieldsAsync(await store.Client.PostAsync("/api/inventory", Json(json)));

        Assert.Contains(field, fields);
        Assert.Equal(0, (await store.ListAsync()).Pagination.Total);
    }

    [Fact]
    public async Task Malformed_json_or_wrong_types_are_a_clear_400()
    {
        var store = NewStore();

        await InventoryDriver.ProblemAsync(await store.Client.PostAsync("/api/inventory", Json("""{"name":"Mug",""")), HttpStatusCode.BadRequest);
        await InventoryDriver.ProblemAsync(await store.Client.PostAsync("/api/inventory", Json("""{"name":"Mug","sku":"A","price":"cheap"}""")), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_duplicate_sku_in_the_store_is_a_conflict_but_not_across_stores()
    {
        var store = NewStore();
        var item = await store.CreateAsync();
        var other = await store.CreateAsync();

        await InventoryDriver.ProblemAsync(await store.PostAsync("/api/inventory", ItemBuilder.Item(sku: item.Sku)), HttpStatusCode.Conflict);
        await InventoryDriver.ProblemAsync(await store.PutAsync($"/api/inventory/{other.Id}", new { sku = item.Sku }), HttpStatusCode.Conflict);
        Assert.Equal(item.Sku, (await NewStore().CreateAsync(ItemBuilder.Item(sku: item.Sku))).Sku);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-4")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public async Task A_malformed_id_is_400_on_every_item_endpoint(string id)
    {
        var store = NewStore();
        var probes = new Func<Task<HttpResponseMessage>>[]
        {
            () => store.Client.GetAsync($"/api/inventory/{id}"),
            () => store.PutAsync($"/api/inventory/{id}", new { name = "x" }),
            () => store.Client.DeleteAsync($"/api/inventory/{id}"),
            () => store.PutAsync($"/api/inventory/{id}/restore", new { }),
            () => store.PostAsync($"/api/inventory/{id}/adjustments", new { delta = 1, reason = "received" }),
            () => store.Client.GetAsync($"/api/inventory/{id}/ledger"),
            () => store.Client.PostAsync($"/api/inventory/{id}/upload-image", new MultipartFormDataContent()),
        };

        foreach (var probe in probes)
            await InventoryDriver.ProblemAsync(await probe(), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_id_is_404()
    {
        var store = NewStore();

        await InventoryDriver.ProblemAsync(await store.Client.GetAsync("/api/inventory/2147483647"), HttpStatusCode.NotFound);
        await InventoryDriver.ProblemAsync(await store.PutAsync("/api/inventory/2147483647", new { name = "x" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_update_with_nothing_to_change_is_400()
    {
        var store = NewStore();
        var item = await store.CreateAsync();

        await InventoryDriver.ProblemAsync(await store.PutAsync($"/api/inventory/{item.Id}", new { }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task List_parameters_out_of_range_fall_back_to_the_defaults_or_the_nearest_limit()
    {
        var store = NewStore();
        await store.CreateAsync();

        var page = await store.ListAsync("?page=0&limit=500&sortBy=colour&sortOrder=up");
        Assert.Equal((1, 100, 1), (page.Pagination.Page, page.Pagination.Limit, page.Pagination.Total));
        var defaults = await store.ListAsync("?page=first&limit=many");
        Assert.Equal((1, 10), (defaults.Pagination.Page, defaults.Pagination.Limit));
        Assert.Equal(1, (await store.ListAsync("?limit=0")).Pagination.Limit);
        Assert.Empty((await store.ListAsync("?page=99999999999")).Items);
    }

    [Fact]
    public async Task Requests_without_a_token_are_401()
    {
        var anonymous = Factory.CreateClient();

        await InventoryDriver.ProblemAsync(await anonymous.GetAsync("/api/inventory"), HttpStatusCode.Unauthorized);
        await InventoryDriver.ProblemAsync(await anonymous.PostAsync("/api/inventory", Json("{}")), HttpStatusCode.Unauthorized);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
