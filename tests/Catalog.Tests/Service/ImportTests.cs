using System.Net;
using QommerceHub.Catalog.Services;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Contracts;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class ImportTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    public const string Header = "name,sku,quantity,price,barcode,low_stock_threshold";

    [Fact]
    public async Task Dry_run_reports_every_bad_row_and_writes_nothing()
    {
        var store = NewStore();
        var existing = await store.CreateAsync();
        var csv = string.Join('\n', Header,
            "Mug,IMP-1,4,2.50,,",
            $"Plate,{existing.Sku},1,3,,",
            "Bowl,IMP-3,-2,0,,",
            "Cup,IMP-1,1,1,,",
            "Spoon,\"IMP-5,1,1,,",
            "Fork,IMP-6,1,1.999,4006381333932,",
            "Knife,IMP-7,1,1");

        var report = await InventoryDriver.ReadAsync<ImportReport>(await store.ImportAsync(csv, dryRun: true), HttpStatusCode.OK);

        Assert.True(report.DryRun);
        Assert.Equal((1, 0), (report.ValidRows, report.Created));
        Assert.Equal([3, 4, 4, 5, 6, 7, 7, 8], report.Errors.Select(e => e.Row));
        Assert.Equal(1, (await store.ListAsync()).Pagination.Total);
    }

    [Fact]
    public async Task One_bad_row_rejects_the_whole_file()
    {
        var store = NewStore();
        var csv = $"{Header}\nMug,IMP-1,4,2.50,,\nPlate,IMP-2,1.5,3,,\n";

        var problem = await InventoryDriver.ProblemAsync(await store.ImportAsync(csv, dryRun: false), HttpStatusCode.BadRequest);

        var detail = Assert.Single(problem["details"]!.AsArray());
        Assert.Equal((3, "quantity"), (detail!["row"]!.GetValue<int>(), detail["field"]!.GetValue<string>()));
        Assert.Equal(0, (await store.ListAsync()).Pagination.Total);
    }

    [Fact]
    public async Task Imported_items_are_announced_to_other_services()
    {
        var store = NewStore();

        await InventoryDriver.ReadAsync<ImportReport>(await store.ImportAsync($"{Header}\nMug,IMP-1,4,2.50,,\nPlate,IMP-2,0,3,,\n", dryRun: false), HttpStatusCode.Created);

        var created = await Events.WaitFor<ProductCreated>(store.TenantId, e => e.Count == 2, "ProductCreated for each row");
        var items = (await store.ListAsync("?sortBy=sku&sortOrder=asc")).Items;
        Assert.Equal(items.Select(i => (i.Id, i.Sku, i.Quantity)), created.OrderBy(e => e.Sku).Select(e => (e.ProductId, e.Sku, e.QuantityOnHand)));
    }

    [Fact]
    public async Task A_plain_text_csv_body_is_accepted_too()
    {
        var store = NewStore();
        var body = new StringContent($"{Header}\nMug,IMP-1,4,2.50,,\n", System.Text.Encoding.UTF8, "text/csv");

        var report = await InventoryDriver.ReadAsync<ImportReport>(await store.Client.PostAsync("/api/inventory/import?dry_run=true", body), HttpStatusCode.OK);

        Assert.Equal((true, 1, 1), (report.DryRun, report.TotalRows, report.ValidRows));
    }

    [Fact]
    public async Task A_file_without_rows_or_with_wrong_columns_is_refused()
    {
        var store = NewStore();

        await InventoryDriver.ProblemAsync(await store.ImportAsync(Header + "\n", dryRun: false), HttpStatusCode.BadRequest);
        var problem = await InventoryDriver.ProblemAsync(await store.ImportAsync("title,sku,price\nMug,A,1\n", dryRun: false), HttpStatusCode.BadRequest);
        Assert.Contains("title", problem.ToJsonString(), StringComparison.Ordinal);
    }
}
