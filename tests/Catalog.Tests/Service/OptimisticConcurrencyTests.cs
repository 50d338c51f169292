using System.Net;
using System.Net.Http.Json;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class OptimisticConcurrencyTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task An_edit_based_on_a_stale_etag_gets_412_and_changes_nothing()
    {
        var store = NewStore();
        var item = await store.CreateAsync(ItemBuilder.Item(name: "Mug"));
        var loaded = await store.Client.GetAsync($"/api/inventory/{item.Id}");
        var etag = loaded.Headers.ETag!.Tag;

        var first = await PutWithIfMatch(store, item.Id, etag, "Alice's mug");
        var second = await PutWithIfMatch(store, item.Id, etag, "Bob's mug");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", first.Headers.ETag?.Tag);
        var problem = await InventoryDriver.ProblemAsync(second, HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, problem["current_version"]!.GetValue<int>());
        Assert.Equal("Alice's mug", (await store.GetAsync(item.Id)).Name);
    }

    [Fact]
    public async Task An_edit_carrying_a_stale_version_gets_409()
    {
        var store = NewStore();
        var item = await store.CreateAsync();
        await store.AdjustAsync(item.Id, new { delta = 1, reason = "received" });

        await InventoryDriver.ProblemAsync(await store.PutAsync($"/api/inventory/{item.Id}", new { price = 1m, version = item.Version }), HttpStatusCode.Conflict);
        var current = await store.GetAsync(item.Id);
        var updated = await InventoryDriver.ReadAsync<InventoryItem>(await store.PutAsync($"/api/inventory/{item.Id}", new { price = 1m, version = current.Version }), HttpStatusCode.OK);

        Assert.Equal((1m, current.Version + 1), (updated.Price, updated.Version));
    }

    [Fact]
    public async Task Concurrent_edits_with_the_same_version_let_exactly_one_win()
    {
        var store = NewStore();
        var item = await store.CreateAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            store.PutAsync($"/api/inventory/{item.Id}", new { name = $"Name {i}", version = item.Version })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
    }

    private static Task<HttpResponseMessage> PutWithIfMatch(InventoryDriver store, int id, string etag, string name)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/inventory/{id}") { Content = JsonContent.Create(new { name }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return store.Client.SendAsync(request);
    }
}
