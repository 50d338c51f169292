using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QommerceHub.Testing;
using static Microsoft.Playwright.Assertions;

namespace QommerceHub.BrowserTests.Support;

/// <summary>
/// A test in its own browser context (nothing shared: storage, cookies, downloads) against the running system,
/// reached only through the gateway like a real visitor.
/// </summary>
public abstract class BrowserTest(SystemFixture system, ChromiumFixture chromium) : IAsyncLifetime
{
    protected SystemFixture System { get; } = system;
    protected StoreAccounts StoreAccounts { get; } = new(system);
    protected IBrowserContext Context { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;

    /// <summary>Console errors and uncaught exceptions of the page, CSP violations included.</summary>
    protected List<string> PageErrors { get; } = [];

    protected virtual BrowserNewContextOptions ContextOptions() => new()
    {
        BaseURL = System.GatewayUrl.AbsoluteUri,
        AcceptDownloads = true,
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        Locale = "en-US",
    };

    public async Task InitializeAsync()
    {
        Context = await chromium.Browser.NewContextAsync(ContextOptions());
        Page = await Context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error") PageErrors.Add($"{Page.Url}: {message.Text}");
        };
        Page.PageError += (_, error) => PageErrors.Add($"{Page.Url}: {error}");
    }

    public async Task DisposeAsync() => await Context.CloseAsync();

    /// <summary>A new verified store with an API session for arranging data.</summary>
    protected async Task<(StoreOwner Owner, StoreApi Api)> OpenStoreAsync(string storeName = "Browser Test Shop")
    {
        var owner = await StoreAccounts.OpenStoreAsync(storeName);
        return (owner, new StoreApi(System, owner));
    }

    /// <summary>Signs in through the sign-in page and waits for the inventory page.</summary>
    protected async Task SignInAsync(StoreOwner owner)
    {
        await Page.GotoAsync("login.html");
        await Page.GetByTestId("login-email").FillAsync(owner.Email);
        await Page.GetByTestId("login-password").FillAsync(owner.Password);
        await Page.GetByTestId("login-submit").ClickAsync();
        await Expect(Page).ToHaveURLAsync(PageUrl("dashboard"));
    }

    /// <summary>Opens a signed-in page and waits until its first load has finished (no loading state left).</summary>
    protected async Task OpenAsync(string page)
    {
        await Page.GotoAsync($"{page}.html");
        await Expect(Page.GetByTestId("state-loading")).ToHaveCountAsync(0);
    }

    protected Task ScreenshotAsync(string name) => Screenshots.SaveAsync(Page, Repository.Root, name);

    /// <summary>Marks the current document, so a test can prove that what it saw next arrived without a reload.</summary>
    protected Task MarkDocumentAsync() => Page.EvaluateAsync("() => { window.qhTestMark = true; }");

    protected async Task<bool> IsSameDocumentAsync() => await Page.EvaluateAsync<bool>("() => window.qhTestMark === true");

    protected static Regex PageUrl(string page) => new($"/{page}\\.html(\\?|$)");
}
