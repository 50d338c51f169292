using QommerceHub.Imaging;
using SkiaSharp;

namespace QommerceHub.Catalog.Services;

/// <summary>An item image: the shared checked intake (<see cref="ImageIntake"/>), at most 5 MB, plus its thumbnail.</summary>
public static class ProductImageIntake
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int ThumbnailSide = 320;

    public static (PreparedImage? Image, string? Problem) Prepare(byte[] bytes)
    {
        var (image, problem) = ImageIntake.Check(bytes);
        if (image is null) return (null, problem);
        using (image) return (new PreparedImage(image.Type, image.Hash, bytes, Thumbnail(image.Bitmap)), null);
    }

    private static byte[] Thumbnail(SKBitmap bitmap)
    {
        var scale = Math.Min(1.0, (double)ThumbnailSide / Math.Max(bitmap.Width, bitmap.Height));
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(bitmap.Width * scale)), Math.Max(1, (int)Math.Round(bitmap.Height * scale)));
        using var resized = bitmap.Resize(size, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var image = SKImage.FromBitmap(resized);
        using var encoded = image.Encode(SKEncodedImageFormat.Webp, 80);
        return encoded.ToArray();
    }
}
