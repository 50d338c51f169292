using Microsoft.Playwright;
using QommerceHub.BrowserTests.Pictures;
using QommerceHub.BrowserTests.Support;
using QommerceHub.Testing;
using static Microsoft.Playwright.Assertions;

namespace QommerceHub.BrowserTests;

/// <summary>Sign-up, email verification, sign-in and sign-out, as a visitor does them in the browser.</summary>
[Collection(SystemFixture.Collection)]
public sealed class AccountTests(SystemFixture system, ChromiumFixture chromium) : BrowserTest(system, chromium), IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Owner_signs_up_on_the_page_opens_the_emailed_link_signs_in_and_out()
    {
        var email = TestTenants.UniqueEmail("browser");
        await SignUpOnThePageAsync(email, "Corner Deli");

        var mail = await System.Inbox.WaitForAsync(email, "Verify your email");
        var token = MaildevInbox.LinkToken(mail, "verify-email.html");
        await Page.GotoAsync($"verify-email.html?token={Uri.EscapeDataString(token)}");
        await Expect(Page.GetByTestId("verify-status")).ToHaveAttributeAsync("data-kind", "success");
        await ScreenshotAsync("verify-email");

        await Page.GetByTestId("verify-login-link").ClickAsync();
        await Expect(Page.GetByTestId("auth-status")).ToContainTextAsync("verified");
        await SubmitLoginAsync(email, "Not-the-password-1");
        await Expect(Page.GetByTestId("auth-status")).ToContainTextAsync("Invalid credentials");
        await SubmitLoginAsync(email, StoreAccounts.Password);

        await Expect(Page).ToHaveURLAsync(PageUrl("dashboard"));
        await Expect(Page.GetByTestId("brand")).ToContainTextAsync("Corner Deli");
        await Expect(Page.GetByTestId("nav-user")).ToContainTextAsync($"{email} (owner)");
        await Expect(Page.GetByTestId("onboarding")).ToBeVisibleAsync();
        await ScreenshotAsync("dashboard-first-login");

        await Page.GetByTestId("logout").ClickAsync();
        await Expect(Page).ToHaveURLAsync(PageUrl("login"));
        await Expect(Page.GetByTestId("auth-status")).ToContainTextAsync("signed out");
        Assert.Equal(0, await Page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        await Page.GotoAsync("orders.html");
        await Expect(Page).ToHaveURLAsync(PageUrl("login"));
    }

    [Fact]
    public async Task Store_colours_and_logo_saved_in_settings_apply_on_the_other_pages()
    {
        var (owner, _) = await OpenStoreAsync();
        await SignInAsync(owner);
        await OpenAsync("settings");

        await Page.GetByTestId("theme-primary-color").FillAsync("#b91c1c");
        await Page.GetByTestId("theme-save").ClickAsync();
        await Expect(Page.GetByTestId("theme-status")).ToContainTextAsync("saved");
        await Page.GetByTestId("theme-logo").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = TestPng.Create() });
        await Page.GetByTestId("theme-logo-upload").ClickAsync();
        await Expect(Page.GetByTestId("theme-status")).ToContainTextAsync("logo was uploaded");
        await Expect(Page.GetByTestId("theme-logo-preview")).ToBeVisibleAsync();
        await ScreenshotAsync("settings-theme-saved");

        // Forget the copy this browser keeps, so the colours must come from the server.
        await Page.EvaluateAsync("() => localStorage.removeItem('qh.theme')");
        await OpenAsync("orders");
        await Expect(Page.GetByTestId("order-new")).ToHaveCSSAsync("background-color", "rgb(185, 28, 28)");
        await Expect(Page.GetByTestId("brand").Locator("img")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_page_left_open_renews_its_token_before_it_expires_and_keeps_working()
    {
        var (owner, api) = await OpenStoreAsync("Night Shift Shop");
        await api.AddProductAsync("Storm Lantern", 24.50m);
        // The page's clock is Playwright's, so an hour can pass in a moment; the server keeps real time.
        await Page.Clock.InstallAsync();
        await SignInAsync(owner);
        await Expect(Page.GetByTestId("item-row-name")).ToHaveTextAsync("Storm Lantern");
        var firstToken = await StoredTokenAsync();

        // Access tokens live an hour; the page renews a minute early without a request of its own.
        await Page.Clock.RunForAsync("59:10");
        var renewed = await Eventually.Until(StoredTokenAsync, token => token != firstToken, TimeSpan.FromSeconds(15), "a renewed token");
        Assert.False(string.IsNullOrEmpty(renewed));

        await Page.GetByTestId("inventory-search").FillAsync("Lantern");
        await Page.Clock.RunForAsync(1_000);
        await Expect(Page.GetByTestId("item-row-name")).ToHaveTextAsync("Storm Lantern");
        await Expect(Page).ToHaveURLAsync(PageUrl("dashboard"));
    }

    private Task<string?> StoredTokenAsync() => Page.EvaluateAsync<string?>("() => localStorage.getItem('qh.token')");

    private async Task SignUpOnThePageAsync(string email, string storeName)
    {
        await Page.GotoAsync("login.html");
        await ScreenshotAsync("login");
        await Page.GetByTestId("signup-tab").ClickAsync();
        await Page.GetByTestId("signup-store-name").FillAsync(storeName);
        await Page.GetByTestId("signup-email").FillAsync(email);
        await Page.GetByTestId("signup-password").FillAsync(StoreAccounts.Password);
        await ScreenshotAsync("login-signup");
        await Page.GetByTestId("signup-submit").ClickAsync();

        await Expect(Page.GetByTestId("verify-notice")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("verify-notice")).ToContainTextAsync(email);
        await ScreenshotAsync("login-check-your-email");
    }

    private async Task SubmitLoginAsync(string email, string password)
    {
        await Page.GetByTestId("login-email").FillAsync(email);
        await Page.GetByTestId("login-password").FillAsync(password);
        await Page.GetByTestId("login-submit").ClickAsync();
    }
}
