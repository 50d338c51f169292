using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests.Service;

public sealed class InventoryExportTests(InfrastructureFixture infrastructure, ReportingHost reporting) : ReportingTestBase(infrastructure, reporting)
{
    private const string Path = "/api/reports/inventory/excel";

    [Fact]
    public async Task Inventory_workbook_has_typed_cells_a_frozen_header_and_the_latest_stock()
    {
        var store = NewStore();
        var (shelf, hook, retired) = (EventBuilder.NextId(), EventBuilder.NextId(), EventBuilder.NextId());
        await store.PublishAsync(EventBuilder.Product(store.TenantId, shelf, "Oak shelf", quantity: 10, price: 45.00m, threshold: 3));
        await store.PublishAsync(EventBuilder.Product(store.TenantId, hook, "Brass hook", quantity: 2, price: 3.25m, threshold: 5));
        await store.PublishAsync(EventBuilder.Product(store.TenantId, retired, "Retired vase", quantity: 1, price: 9m));
        await store.PublishAsync(new ProductDeleted { TenantId = store.TenantId, ProductId = retired, Version = 2 });
        await store.PublishAsync(Stock(store.TenantId, shelf, onHand: 8, reserved: 2, ledgerEntry: 5));
        await store.PublishAsync(Stock(store.TenantId, shelf, onHand: 99, reserved: 0, ledgerEntry: 3));
        await store.PublishAsync(Rename(store.TenantId, hook, "Brass hook (large)", version: 3));
        await store.PublishAsync(Rename(store.TenantId, hook, "Stale name", version: 2));

        var xlsx = await store.DownloadWhenAsync(Path, bytes => IsSettled(WorkbookReader.Read(bytes), shelf, hook), "the settled inventory workbook");
        var sheet = WorkbookReader.Read(xlsx);

        Assert.Equal("Inventory", sheet.SheetName);
        // The original's columns first, in its order; ours follow.
        Assert.Equal(["ID", "Product Name", "SKU", "Quantity", "Price", "Total Value", "Stock Status", "Created",
            "Barcode", "On hand", "Reserved", "Low-stock threshold", "Stock value on hand", "Updated (UTC)"], sheet.Rows[0].Select(c => c.Text));
        Assert.Equal(("frozen", 1d, "A2"), (sheet.FrozenPane!.State!.ToString(), sheet.FrozenPane.VerticalSplit!.Value, sheet.FrozenPane.TopLeftCell!.Value));
        Assert.Equal(2, sheet.Rows.Count - 1);

        var shelfRow = sheet.Row(0, shelf.ToString());
        Assert.All(new[] { 0, 3, 4, 5, 7, 9, 10, 11, 12, 13 }, column => Assert.True(shelfRow[column].IsNumber, $"column {column} is a number"));
        // Quantity is what can still be sold (8 on hand, 2 reserved), and Total Value its worth.
        Assert.Equal((6m, 45m, 270m), (shelfRow[3].Number, shelfRow[4].Number, shelfRow[5].Number));
        Assert.Equal((8m, 2m, 360m), (shelfRow[9].Number, shelfRow[10].Number, shelfRow[12].Number));
        Assert.Equal("In Stock", shelfRow[6].Text);
        Assert.Equal("yyyy-mm-dd hh:mm", shelfRow[13].NumberFormat);
        Assert.InRange(shelfRow[13].Date, DateTime.UtcNow.AddMinutes(-10), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(("Brass hook (large)", "Low Stock"), (sheet.Row(0, hook.ToString())[1].Text, sheet.Row(0, hook.ToString())[6].Text));
    }

    [Fact]
    public async Task Events_that_overtake_their_product_are_kept_and_the_product_appears_once_created()
    {
        var store = NewStore();
        var lamp = EventBuilder.NextId();
        await store.PublishAsync(Stock(store.TenantId, lamp, onHand: 7, reserved: 1, ledgerEntry: 9));
        await Eventually.Until(() => store.QueryAsync(db => db.InventoryItems.AnyAsync(i => i.ProductId == lamp)), found => found, what: "the placeholder");
        var before = WorkbookReader.Read(await store.Client.GetByteArrayAsync(Path));
        await store.PublishAsync(EventBuilder.Product(store.TenantId, lamp, "Walnut desk lamp", quantity: 3, price: 30m));

        var after = WorkbookReader.Read(await store.DownloadWhenAsync(Path, bytes => WorkbookReader.Read(bytes).Rows.Count == 2, "the created product"));

        Assert.Single(before.Rows);
        var row = after.Row(0, lamp.ToString());
        Assert.Equal(("Walnut desk lamp", 6m, 7m, 1m, 210m), (row[1].Text, row[3].Number, row[9].Number, row[10].Number, row[12].Number));
    }

    [Fact]
    public async Task Inventory_workbook_of_an_empty_store_has_only_its_header()
    {
        var sheet = WorkbookReader.Read(await NewStore().Client.GetByteArrayAsync(Path));

        Assert.Single(sheet.Rows);
        Assert.Equal(14, sheet.Rows[0].Count);
    }

    private static bool IsSettled(WorkbookReader sheet, int shelf, int hook) =>
        sheet.Rows.Count == 3 &&
        sheet.Rows.Any(r => r[0].Text == shelf.ToString() && r[9].Text == "8") &&
        sheet.Rows.Any(r => r[0].Text == hook.ToString() && r[1].Text == "Brass hook (large)");

    private static StockLevelChanged Stock(int tenantId, int productId, int onHand, int reserved, long ledgerEntry) => new()
    {
        TenantId = tenantId, ProductId = productId, QuantityOnHand = onHand, QuantityReserved = reserved, Reason = "adjustment", LedgerEntryId = ledgerEntry,
    };

    private static ProductUpdated Rename(int tenantId, int productId, string name, long version) => new()
    {
        TenantId = tenantId, ProductId = productId, Name = name, Sku = $"SKU-{productId}", Price = 3.25m, LowStockThreshold = 5, Version = version,
    };
}
