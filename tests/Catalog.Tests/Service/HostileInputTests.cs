using System.Net;
using System.Text;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

/// <summary>What the attack probe sent that answered 500: each is now a 400 with the field named.</summary>
[Collection(InfrastructureFixture.Collection)]
public class HostileInputTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task A_nul_character_in_a_text_field_is_400_naming_the_field()
    {
        var store = NewStore();
        var item = ItemBuilder.Item();
        item["name"] = "Mug\u0000";

        var response = await store.PostAsync("/api/inventory", item);

        Assert.Equal(["name"], await InventoryDriver.InvalidFieldsAsync(response));
    }

    [Fact]
    public async Task A_nul_character_in_a_nested_field_names_its_path()
    {
        var store = NewStore();
        var item = await store.CreateAsync();

        var response = await store.PutAsync($"/api/inventory/{item.Id}", new { name = "ok", extra = new { labels = new[] { "fine", "bad\u0001" } } });

        Assert.Equal(["extra.labels[1]"], await InventoryDriver.InvalidFieldsAsync(response));
    }

    [Theory]
    [InlineData("/api/inventory?search=mug%00")]
    [InlineData("/api/inventory?search=%01")]
    [InlineData("/api/inventory/barcode/4006381%01")]
    public async Task A_control_character_in_a_search_term_or_route_value_is_400(string path)
    {
        var response = await NewStore().Client.GetAsync(path);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()} {response.Content.Headers.ContentType}");
        Assert.Single(await InventoryDriver.InvalidFieldsAsync(response));
    }

    [Fact]
    public async Task Broken_multipart_bodies_on_image_upload_and_import_are_400()
    {
        var store = NewStore();
        var item = await store.CreateAsync();

        var upload = await store.Client.PostAsync($"/api/inventory/{item.Id}/upload-image", MultipartBodies.Truncated("image"));
        var garbage = await store.Client.PostAsync($"/api/inventory/{item.Id}/upload-image", MultipartBodies.Garbage());
        var import = await store.Client.PostAsync("/api/inventory/import", MultipartBodies.Truncated("file"));

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
    }

    [Fact]
    public async Task An_unpaired_surrogate_in_json_is_400()
    {
        var store = NewStore();
        var body = new StringContent("""{"name":"Mug \ud800","sku":"SKU-SURR","quantity":1,"price":1}""", Encoding.UTF8, "application/json");

        var response = await store.Client.PostAsync("/api/inventory", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
