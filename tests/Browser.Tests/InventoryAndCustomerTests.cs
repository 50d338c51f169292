using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using QommerceHub.BrowserTests.Pictures;
using QommerceHub.BrowserTests.Support;
using QommerceHub.Testing;
using static Microsoft.Playwright.Assertions;

namespace QommerceHub.BrowserTests;

/// <summary>The inventory (dashboard) and customers pages.</summary>
[Collection(SystemFixture.Collection)]
public sealed class InventoryAndCustomerTests(SystemFixture system, ChromiumFixture chromium) : BrowserTest(system, chromium), IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Owner_adds_a_product_with_an_image_and_sees_its_preview_and_thumbnail()
    {
        var (owner, _) = await OpenStoreAsync();
        await SignInAsync(owner);
        await Expect(Page.GetByTestId("state-empty")).ToBeVisibleAsync();

        await Page.GetByTestId("item-add").ClickAsync();
        await Page.GetByTestId("item-name").FillAsync("Enamel Mug");
        await Page.GetByTestId("item-sku").FillAsync("MUG-ENAMEL");
        await Page.GetByTestId("item-price").FillAsync("12.50");
        await Page.GetByTestId("item-quantity").FillAsync("4");
        await Page.GetByTestId("item-threshold").FillAsync("5");
        await Page.GetByTestId("item-category").FillAsync("Kitchen");
        await Page.GetByTestId("item-description").FillAsync("Blue enamel, 350 ml");
        await Page.GetByTestId("item-image").SetInputFilesAsync(new FilePayload { Name = "mug.png", MimeType = "image/png", Buffer = TestPng.Create() });
        await Expect(Page.GetByTestId("item-image-preview")).ToBeVisibleAsync();
        Assert.Equal(32, await Page.GetByTestId("item-image-preview").EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth)"));
        await ScreenshotAsync("dashboard-add-item");
        await Page.GetByTestId("item-save").ClickAsync();

        await Expect(Page.GetByTestId("item-dialog")).ToBeHiddenAsync();
        var row = Page.GetByTestId("item-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("item-row-name")).ToHaveTextAsync("Enamel Mug");
        await Expect(row).ToContainTextAsync("$12.50");
        await Expect(row.GetByTestId("low-stock-badge")).ToBeVisibleAsync();
        var thumbnail = row.GetByTestId("item-thumb");
        await Expect(thumbnail).ToBeVisibleAsync();
        // A plain <img src> of the content-addressed URL: no token, no blob: copy.
        await Expect(thumbnail).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/uploads/\\d+/[0-9a-f]{64}-thumb\\.webp$"));
        // Visible is set before the bytes arrive; decode() waits for them (and fails for a broken image).
        Assert.True(await thumbnail.EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth)") > 0);
        await ScreenshotAsync("dashboard-inventory");
        var saved = (await System.Client(owner.Token).GetFromJsonAsync<JsonObject>("/api/inventory"))!["items"]![0]!;
        Assert.Equal(("Kitchen", "Blue enamel, 350 ml"), (saved["category"]!.GetValue<string>(), saved["description"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_field_the_server_refuses_gets_its_message_beside_it()
    {
        var (owner, _) = await OpenStoreAsync();
        await SignInAsync(owner);
        // The list has loaded, so the page's scripts have wired the add button before it is clicked.
        await Expect(Page.GetByTestId("state-empty")).ToBeVisibleAsync();

        await Page.GetByTestId("item-add").ClickAsync();
        await Page.GetByTestId("item-name").FillAsync("Tea Towel");
        await Page.GetByTestId("item-sku").FillAsync("TOWEL-1");
        await Page.GetByTestId("item-barcode").FillAsync("5901234123458"); // the check digit should be 7
        await Page.GetByTestId("item-price").FillAsync("7");
        await Page.GetByTestId("item-quantity").FillAsync("1");
        await Page.GetByTestId("item-save").ClickAsync();

        var barcodeField = Page.Locator(".field", new() { Has = Page.GetByTestId("item-barcode") });
        await Expect(barcodeField.GetByTestId("field-error")).ToContainTextAsync("check digit");
        await Expect(Page.GetByTestId("item-barcode")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByTestId("item-barcode")).ToBeFocusedAsync();
        await ScreenshotAsync("dashboard-field-error");
    }

    [Fact]
    public async Task Stock_adjustment_with_a_reason_lands_in_the_ledger()
    {
        var (owner, api) = await OpenStoreAsync();
        await api.AddProductAsync("Beeswax Candle", 5.5m, quantity: 20);
        await SignInAsync(owner);

        await Page.GetByTestId("item-adjust").ClickAsync();
        await Expect(Page.GetByTestId("adjust-current")).ToContainTextAsync("20");
        await Page.GetByTestId("adjust-amount").FillAsync("-3");
        await Page.GetByTestId("adjust-reason").SelectOptionAsync("damaged");
        await Page.GetByTestId("adjust-note").FillAsync("Dropped box");
        await Page.GetByTestId("adjust-submit").ClickAsync();
        await Expect(Page.GetByTestId("adjust-dialog")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("item-row")).ToContainTextAsync("17");

        await Page.GetByTestId("item-ledger").ClickAsync();
        var newest = Page.GetByTestId("ledger-row").First;
        await Expect(newest).ToContainTextAsync("Damaged");
        await Expect(newest).ToContainTextAsync("-3");
        await Expect(newest).ToContainTextAsync("17");
        await Expect(newest).ToContainTextAsync("Dropped box");
        await ScreenshotAsync("dashboard-ledger");
    }

    [Fact]
    public async Task Owner_adds_a_customer_and_finds_them_by_search()
    {
        var (owner, _) = await OpenStoreAsync();
        await SignInAsync(owner);
        await OpenAsync("customers");
        await Expect(Page.GetByTestId("state-empty")).ToBeVisibleAsync();

        await Page.GetByTestId("customer-add").ClickAsync();
        await Page.GetByTestId("customer-name").FillAsync("Ada Lovelace");
        await Page.GetByTestId("customer-email").FillAsync("ada@example.test");
        await Page.GetByTestId("customer-phone").FillAsync("+44 20 7946 0000");
        await Page.GetByTestId("customer-address").FillAsync("12 St James's Square, London");
        await ScreenshotAsync("customers-add");
        await Page.GetByTestId("customer-save").ClickAsync();

        await Expect(Page.GetByTestId("page-status")).ToContainTextAsync("Customer added");
        await Expect(Page.GetByTestId("customer-row")).ToContainTextAsync("ada@example.test");
        await Page.GetByTestId("customer-search").FillAsync("Lovelace");
        await Expect(Page.GetByTestId("customer-row")).ToHaveCountAsync(1);
        await ScreenshotAsync("customers");
    }
}
