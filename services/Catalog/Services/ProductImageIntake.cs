using System.Security.Cryptography;
using QommerceHub.Catalog.Model;
using SkiaSharp;

namespace QommerceHub.Catalog.Services;

/// <summary>
/// Accepts an upload only if its bytes are a JPEG, PNG, WebP or GIF that decodes completely,
/// and makes its thumbnail. The file name and Content-Type the client sent are never trusted.
/// </summary>
public static class ProductImageIntake
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int ThumbnailSide = 320;
    /// <summary>Guards against decompression bombs: a small file that decodes to gigabytes.</summary>
    public const long MaxPixels = 25_000_000;

    public static (PreparedImage? Image, string? Problem) Prepare(byte[] bytes)
    {
        var type = ImageType.Sniff(bytes);
        if (type is null) return (null, "The file is not a JPEG, PNG, WebP or GIF image");

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Matches(codec.EncodedFormat, type)) return (null, $"The file looks like {type.Name} but cannot be decoded");
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
            return (null, $"The image is too large ({codec.Info.Width}x{codec.Info.Height}); at most {MaxPixels / 1_000_000} megapixels");

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) != SKCodecResult.Success)
            return (null, $"The {type.Name} image is damaged or incomplete");

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (new PreparedImage(type, hash, bytes, Thumbnail(bitmap)), null);
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

    private static bool Matches(SKEncodedImageFormat format, ImageType type) =>
        (format, type.Extension) is (SKEncodedImageFormat.Jpeg, "jpg") or (SKEncodedImageFormat.Png, "png")
            or (SKEncodedImageFormat.Gif, "gif") or (SKEncodedImageFormat.Webp, "webp");
}
