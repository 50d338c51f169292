using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.Services;
using QommerceHub.Catalog.Tests.Support;
using Xunit.Abstractions;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(BulkImportCollection.Name)]
public class BulkImportTests(CatalogService catalog, ITestOutputHelper output) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task A_clean_file_of_ten_thousand_rows_is_imported_in_one_go()
    {
        var store = NewStore();
        var csv = new StringBuilder(ImportTests.Header).Append('\n');
        for (var row = 0; row < 10_000; row++)
            csv.Append(FormattableString.Invariant($"Item {row},BULK-{row},{row % 50},{1 + row % 90}.25,{(row % 2 == 0 ? ItemBuilder.Ean13() : "")},5\n"));

        var clock = Stopwatch.StartNew();
        var report = await InventoryDriver.ReadAsync<ImportReport>(await store.ImportAsync(csv.ToString(), dryRun: false), HttpStatusCode.Created);
        output.WriteLine($"Imported 10,000 rows in {clock.ElapsedMilliseconds} ms");

        Assert.Equal((10_000, 10_000, 10_000), (report.TotalRows, report.ValidRows, report.Created));
        Assert.Equal(10_000, (await store.ListAsync()).Pagination.Total);
        var item = (await store.ListAsync("?search=BULK-49&limit=1")).Items.Single();
        Assert.Equal([("created", 49)], (await store.LedgerAsync(item.Id)).Select(e => (e.Reason, e.Change)));
        Assert.Equal(10_000, await QueuedProductCreatedAsync(store.TenantId));
    }

    /// <summary>Events committed with the import; delivering 10,000 of them is the dispatcher's pace, not the import's.</summary>
    private async Task<int> QueuedProductCreatedAsync(int tenantId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        return await db.OutboxMessages.CountAsync(m =>
            m.MessageType.StartsWith("QommerceHub.Contracts.ProductCreated,") &&
            EF.Functions.JsonContains(m.Body, $"{{\"TenantId\":{tenantId}}}"));
    }
}
