using QommerceHub.BrowserTests.Support;
using QommerceHub.Testing;
using static Microsoft.Playwright.Assertions;

namespace QommerceHub.BrowserTests;

/// <summary>The analytics page: figures that move live as orders arrive, and the report downloads.</summary>
[Collection(SystemFixture.Collection)]
public sealed class AnalyticsAndReportTests(SystemFixture system, ChromiumFixture chromium) : BrowserTest(system, chromium), IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Analytics_figures_change_live_when_an_order_comes_in()
    {
        var (owner, api) = await OpenStoreAsync();
        var customer = await api.AddCustomerAsync("Hedy Lamarr");
        var product = await api.AddProductAsync("Radio Kit", 30m);
        await SignInAsync(owner);
        await OpenAsync("analytics");
        await Expect(Page.GetByTestId("analytics-orders")).ToHaveTextAsync("0");
        await Expect(Page.GetByTestId("analytics-live-status")).ToContainTextAsync("Live updates on");
        await ScreenshotAsync("analytics-before");
        await MarkDocumentAsync();

        await api.PlaceReservedOrderAsync(customer, (product, 2));

        await Expect(Page.GetByTestId("analytics-orders")).ToHaveTextAsync("1");
        await Expect(Page.GetByTestId("analytics-revenue")).ToHaveTextAsync("$60.00");
        await Expect(Page.GetByTestId("analytics-top-product-row")).ToContainTextAsync("Radio Kit");
        await Expect(Page.GetByTestId("analytics-top-customer-row")).ToContainTextAsync("Hedy Lamarr");
        Assert.True(await IsSameDocumentAsync(), "The figures should change without reloading the page.");
        await ScreenshotAsync("analytics");

        await Page.GetByTestId("analytics-period-7").ClickAsync();
        await Expect(Page.GetByTestId("analytics-period-7")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Page.GetByTestId("analytics-orders")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task Sales_report_downloads_as_csv_with_the_order_in_it()
    {
        var (owner, api) = await OpenStoreAsync();
        var customer = await api.AddCustomerAsync("Barbara Liskov");
        var product = await api.AddProductAsync("Substitution Kit", 15m);
        var orderId = await api.PlaceReservedOrderAsync(customer, (product, 1));
        await api.WaitForInvoiceAsync(orderId);
        await SignInAsync(owner);
        await OpenAsync("analytics");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("report-sales-csv").ClickAsync());

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        using var reader = new StreamReader(await download.CreateReadStreamAsync());
        var csv = await reader.ReadToEndAsync();
        Assert.Contains("Barbara Liskov", csv);
        Assert.Contains(customer.Email, csv);
        await Expect(Page.GetByTestId("reports-status")).ToContainTextAsync("Downloaded");
        await ScreenshotAsync("analytics-reports");
    }
}
