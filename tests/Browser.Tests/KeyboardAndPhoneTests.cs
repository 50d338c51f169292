using Microsoft.Playwright;
using QommerceHub.BrowserTests.Support;
using QommerceHub.Testing;
using static Microsoft.Playwright.Assertions;

namespace QommerceHub.BrowserTests;

/// <summary>The pages work with the keyboard alone and on a 375-px wide phone.</summary>
[Collection(SystemFixture.Collection)]
public sealed class KeyboardAndPhoneTests(SystemFixture system, ChromiumFixture chromium) : BrowserTest(system, chromium), IClassFixture<ChromiumFixture>
{
    private static readonly string[] appPages = ["dashboard", "orders", "customers", "analytics", "scanner", "settings"];

    [Fact]
    public async Task Owner_signs_in_with_the_keyboard_alone_and_sees_where_the_focus_is()
    {
        var email = await StoreAccounts.SignUpVerifiedAsync();
        await Page.GotoAsync("login.html");

        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByTestId("login-tab")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        var emailInput = Page.GetByTestId("login-email");
        await Expect(emailInput).ToBeFocusedAsync();
        Assert.NotEqual("none", await emailInput.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await Page.Keyboard.TypeAsync(email);
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByTestId("login-password")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(StoreAccounts.Password);
        await ScreenshotAsync("login-keyboard-focus");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(PageUrl("dashboard"));
        // The URL changes before the new document has loaded; a Tab pressed earlier lands nowhere.
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Expect(Page.GetByTestId("item-add")).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Tab");
        var skipLink = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByTestId("item-add")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByTestId("item-dialog")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("item-name")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(Page.GetByTestId("item-dialog")).ToBeHiddenAsync();
        await Expect(Page.GetByTestId("item-add")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Every_page_fits_a_375_px_phone_with_the_menu_behind_a_button()
    {
        var (owner, api) = await OpenStoreAsync("Pocket Shop");
        var customer = await api.AddCustomerAsync("Pat Phone");
        var product = await api.AddProductAsync("Phone Case", 9.99m);
        await api.PlaceReservedOrderAsync(customer, (product, 1));
        await Page.SetViewportSizeAsync(375, 812);
        await Page.GotoAsync("login.html");
        await AssertFitsTheScreenAsync("login");
        await SignInAsync(owner);

        foreach (var page in appPages)
        {
            await OpenAsync(page);
            await AssertFitsTheScreenAsync(page);
            await ScreenshotAsync($"phone-{page}");
        }

        var toggle = Page.GetByTestId("nav-toggle");
        await Expect(Page.GetByTestId("nav-orders")).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await ScreenshotAsync("phone-menu-open");
        await Page.GetByTestId("nav-orders").ClickAsync();
        await Expect(Page).ToHaveURLAsync(PageUrl("orders"));
        await Expect(Page.GetByTestId("order-row")).ToContainTextAsync("Pat Phone");
    }

    private async Task AssertFitsTheScreenAsync(string page)
    {
        var overflow = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page}.html is {overflow} px wider than a 375-px screen");
    }
}
