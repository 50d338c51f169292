using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests.Contract;

/// <summary>
/// Contract rows "Reports — /api/reports" of shared/seed-api-contract.md, through the gateway: the original's
/// columns come first, under its names and in its order; ours follow.
/// </summary>
[Collection(SystemFixture.Collection)]
public sealed partial class ReportsContractTests(SystemFixture system)
{
    private static readonly string[] salesColumns = ["Order ID", "Date", "Customer", "Email", "Items", "Total", "Status"];
    private static readonly string[] inventoryColumns = ["ID", "Product Name", "SKU", "Quantity", "Price", "Total Value", "Stock Status", "Created"];
    private static readonly string[] customerColumns = ["Customer ID", "Name", "Email", "Phone", "Total Orders", "Total Spent", "Last Order", "Customer Since"];

    [Fact]
    public async Task Exports_start_with_the_original_columns_and_sales_follow_startDate_and_endDate()
    {
        var store = new StoreApi(system, await new StoreAccounts(system).OpenStoreAsync("Contract Reports"));
        var item = await store.AddItemAsync(quantity: 4, price: 6m, name: "Report Lamp");
        var customerEmail = TestTenants.UniqueEmail("buyer");
        var customer = await store.AddCustomerAsync(customerEmail);
        var (_, placed) = await store.PlaceOrderAsync(customer, item, quantity: 1);
        var orderId = placed["id"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var sales = await Eventually.Until(() => store.Client.GetStringAsync($"/api/reports/sales/csv?startDate={today}&endDate={today}"),
            text => text.Contains(customerEmail, StringComparison.Ordinal), TimeSpan.FromSeconds(60), "the order in the sales export");
        var lines = sales.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(salesColumns, lines[0].Split(',')[..salesColumns.Length]);
        Assert.StartsWith(orderId + ",", lines[1], StringComparison.Ordinal);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var before = await store.Client.GetStringAsync($"/api/reports/sales/csv?startDate=2020-01-01&endDate={yesterday}");
        Assert.Single(before.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var customers = await store.Client.GetAsync("/api/reports/customers/csv");
        Assert.Equal(("text/csv", "attachment"), (customers.Content.Headers.ContentType?.MediaType, customers.Content.Headers.ContentDisposition?.DispositionType));
        var customerHeader = (await customers.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n")[0].Split(',');
        Assert.Equal(customerColumns, customerHeader[..customerColumns.Length]);

        var workbook = await store.Client.GetAsync("/api/reports/inventory/excel");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        Assert.Equal(inventoryColumns, (await HeaderRowAsync(workbook))[..inventoryColumns.Length]);
    }

    /// <summary>The texts of the first sheet's cells in order, read from the workbook's XML (inline or shared strings).</summary>
    private static async Task<string[]> HeaderRowAsync(HttpResponseMessage workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()));
        var shared = zip.GetEntry("xl/sharedStrings.xml");
        var source = shared ?? zip.GetEntry("xl/worksheets/sheet1.xml")!;
        using var reader = new StreamReader(source.Open());
        var xml = await reader.ReadToEndAsync();
        return CellText().Matches(xml).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
    }

    [GeneratedRegex("<t[^>]*>([^<]*)</t>")]
    private static partial Regex CellText();
}
