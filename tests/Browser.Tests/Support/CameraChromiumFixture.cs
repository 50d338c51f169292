using QommerceHub.BrowserTests.Pictures;

namespace QommerceHub.BrowserTests.Support;

/// <summary>Chromium whose fake camera films an EAN-13 barcode drawn into a Y4M file, for the scanner page.</summary>
public sealed class CameraChromiumFixture : ChromiumFixture
{
    public static readonly string Barcode = Ean13.WithCheckDigit("590123412345");

    private readonly string videoPath = Path.Combine(Path.GetTempPath(), $"qh-barcode-{Guid.NewGuid():N}.y4m");

    protected override IEnumerable<string> ExtraArguments =>
    [
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
        $"--use-file-for-fake-video-capture={videoPath}",
    ];

    public override async Task InitializeAsync()
    {
        BarcodeVideo.Write(videoPath, Barcode);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(videoPath);
    }
}
