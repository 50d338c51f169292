using System.Net;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

/// <summary>Products are for owners and managers; staff (orders and analytics only) reach none of them.</summary>
[Collection(InfrastructureFixture.Collection)]
public class PermissionTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task Staff_reach_no_product_endpoint_and_managers_reach_them_all()
    {
        var owner = NewStore();
        var item = await owner.CreateAsync(quantity: 5);
        var staff = new InventoryDriver(Factory.ClientFor(owner.TenantId, userId: 8, role: "staff"), owner.TenantId);
        var manager = new InventoryDriver(Factory.ClientFor(owner.TenantId, userId: 9, role: "manager"), owner.TenantId);
        var probes = new Func<InventoryDriver, Task<HttpResponseMessage>>[]
        {
            d => d.Client.GetAsync("/api/inventory"),
            d => d.Client.GetAsync($"/api/inventory/{item.Id}"),
            d => d.PostAsync("/api/inventory", ItemBuilder.Item()),
            d => d.PutAsync($"/api/inventory/{item.Id}", new { name = "Renamed" }),
            d => d.PostAsync($"/api/inventory/{item.Id}/adjustments", new { delta = 1, reason = "count" }),
            d => d.Client.GetAsync($"/api/inventory/{item.Id}/ledger"),
            d => d.Client.GetAsync("/api/inventory/reorder"),
            d => d.UploadImageAsync(item.Id, TestImages.Png()),
        };

        foreach (var probe in probes)
            await InventoryDriver.ProblemAsync(await probe(staff), HttpStatusCode.Forbidden);
        var import = new StringContent("name,sku,quantity,price\nTea,SKU-STAFF-1,1,1.00\n", System.Text.Encoding.UTF8, "text/csv");
        await InventoryDriver.ProblemAsync(await staff.Client.PostAsync("/api/inventory/import", import), HttpStatusCode.Forbidden);
        foreach (var probe in probes)
        {
            var answer = await probe(manager);
            Assert.True(answer.IsSuccessStatusCode, $"{answer.RequestMessage!.Method} {answer.RequestMessage.RequestUri}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        }
    }
}
