using Microsoft.Playwright;

namespace QommerceHub.BrowserTests.Support;

/// <summary>Debian's Chromium, headless, started once per test class; each test opens its own context in it.</summary>
public class ChromiumFixture : IAsyncLifetime
{
    // Playwright cannot download its own browsers here: always the distribution's.
    private const string DebianChromium = "/usr/bin/chromium";

    private static readonly string[] quietArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    protected virtual IEnumerable<string> ExtraArguments => [];

    public virtual async Task InitializeAsync()
    {
        // The saga, the read models and the live stream answer within seconds, not within Playwright's default 5 s.
        Assertions.SetDefaultExpectTimeout(20_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = DebianChromium,
            Headless = true,
            Args = [.. quietArguments, .. ExtraArguments],
        });
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
    }
}
