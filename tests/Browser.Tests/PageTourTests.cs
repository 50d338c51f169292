using QommerceHub.BrowserTests.Support;
using QommerceHub.Testing;
using static Microsoft.Playwright.Assertions;

namespace QommerceHub.BrowserTests;

/// <summary>Every signed-in page, with data, under the gateway's strict Content-Security-Policy.</summary>
[Collection(SystemFixture.Collection)]
public sealed class PageTourTests(SystemFixture system, ChromiumFixture chromium) : BrowserTest(system, chromium), IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Every_signed_in_page_loads_its_data_without_a_console_error()
    {
        var (owner, api) = await OpenStoreAsync("Tour Shop");
        var customer = await api.AddCustomerAsync("Margaret Hamilton");
        var product = await api.AddProductAsync("Apollo Manual", 42m, quantity: 3);
        await api.PlaceReservedOrderAsync(customer, (product, 1));
        await SignInAsync(owner);

        await OpenAsync("dashboard");
        await Expect(Page.GetByTestId("item-row")).ToContainTextAsync("Apollo Manual");
        await ScreenshotAsync("page-dashboard");
        await OpenAsync("customers");
        await Expect(Page.GetByTestId("customer-row")).ToContainTextAsync("Margaret Hamilton");
        await ScreenshotAsync("page-customers");
        await OpenAsync("orders");
        await Expect(Page.GetByTestId("order-row")).ToContainTextAsync("Margaret Hamilton");
        await ScreenshotAsync("page-orders");
        await OpenAsync("analytics");
        await Expect(Page.GetByTestId("analytics-orders")).ToHaveTextAsync("1");
        await ScreenshotAsync("page-analytics");
        await OpenAsync("scanner");
        await ScreenshotAsync("page-scanner");
        await OpenAsync("settings");
        await Expect(Page.GetByTestId("settings-store-name")).ToHaveValueAsync("Tour Shop");
        await Expect(Page.GetByTestId("staff-row")).ToContainTextAsync(owner.Email);
        await ScreenshotAsync("page-settings");

        Assert.Empty(PageErrors);
    }
}
