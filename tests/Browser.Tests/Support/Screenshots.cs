using Microsoft.Playwright;

namespace QommerceHub.BrowserTests.Support;

/// <summary>Keeps a full-page screenshot of what a test saw, in artifacts/screenshots/ under the repository root (git-ignored).</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string repoRoot, string name)
    {
        var folder = Path.Combine(repoRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }
}
