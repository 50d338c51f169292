using QommerceHub.BrowserTests.Support;
using QommerceHub.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace QommerceHub.BrowserTests;

/// <summary>The scanner page with Chromium's fake camera filming a generated EAN-13 barcode.</summary>
[Collection(SystemFixture.Collection)]
public sealed class ScannerTests(SystemFixture system, CameraChromiumFixture chromium) : BrowserTest(system, chromium), IClassFixture<CameraChromiumFixture>
{
    protected override BrowserNewContextOptions ContextOptions()
    {
        var options = base.ContextOptions();
        options.Permissions = ["camera"];
        return options;
    }

    [Fact]
    public async Task Barcode_held_to_the_camera_finds_the_product_and_lands_in_the_history()
    {
        var (owner, api) = await OpenStoreAsync();
        await api.AddProductAsync("Scanned Soap", 3.99m, quantity: 7, barcode: CameraChromiumFixture.Barcode);
        await SignInAsync(owner);
        await OpenAsync("scanner");
        await Expect(Page.GetByTestId("scan-history")).ToContainTextAsync("No scans yet");

        await Page.GetByTestId("scan-start").ClickAsync();

        await Expect(Page.GetByTestId("scan-video")).ToBeVisibleAsync();
        var found = Page.GetByTestId("scan-found");
        await Expect(found).ToContainTextAsync("Scanned Soap");
        await Expect(found).ToContainTextAsync(CameraChromiumFixture.Barcode);
        await Expect(Page.GetByTestId("scan-result-quantity")).ToContainTextAsync("7");
        await Expect(Page.GetByTestId("scan-history-row").First).ToContainTextAsync("Found");
        await ScreenshotAsync("scanner");

        await Page.GetByTestId("scan-stop").ClickAsync();
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByTestId("scan-export-csv").ClickAsync());
        using var reader = new StreamReader(await download.CreateReadStreamAsync());
        Assert.Contains(CameraChromiumFixture.Barcode, await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task Typed_code_in_count_mode_records_the_shelf_count_and_an_unknown_code_offers_to_add_it()
    {
        var (owner, api) = await OpenStoreAsync();
        await api.AddProductAsync("Counted Candle", 2.5m, quantity: 12, barcode: "4006381333931");
        await SignInAsync(owner);
        await OpenAsync("scanner");

        await Page.GetByTestId("scan-count-mode").CheckAsync();
        await Page.GetByTestId("scan-manual-input").FillAsync("4006381333931");
        await Page.GetByTestId("scan-manual-submit").ClickAsync();
        await Expect(Page.GetByTestId("scan-count-input")).ToBeFocusedAsync();
        await Page.GetByTestId("scan-count-input").FillAsync("9");
        await Page.GetByTestId("scan-count-submit").ClickAsync();
        await Expect(Page.GetByTestId("scan-count-status")).ToContainTextAsync("now has 9 in stock");
        await Expect(Page.GetByTestId("scan-history-row").First).ToContainTextAsync("Counted 9");

        await Page.GetByTestId("scan-manual-input").FillAsync("9780201633610");
        await Page.GetByTestId("scan-manual-submit").ClickAsync();
        await Expect(Page.GetByTestId("scan-not-found")).ToBeVisibleAsync();
        await Page.GetByTestId("scan-add-product").ClickAsync();
        await Expect(Page).ToHaveURLAsync(PageUrl("dashboard"));
        await Expect(Page.GetByTestId("item-dialog")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("item-barcode")).ToHaveValueAsync("9780201633610");
    }
}
