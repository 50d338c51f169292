using System.Security.Cryptography;
using SkiaSharp;

namespace QommerceHub.Imaging;

/// <summary>
/// Accepts an upload only if its bytes are a JPEG, PNG, WebP or GIF that decodes completely within
/// <see cref="MaxPixels"/>: an HTML polyglot behind an image signature, a truncated file and a decompression-bomb
/// header are all refused. The file name and Content-Type the client sent are never trusted.
/// </summary>
public static class ImageIntake
{
    /// <summary>Guards against decompression bombs: a small file that decodes to gigabytes.</summary>
    public const long MaxPixels = 25_000_000;

    public static (CheckedImage? Image, string? Problem) Check(byte[] bytes)
    {
        var type = ImageType.Sniff(bytes);
        if (type is null) return (null, "The file is not a JPEG, PNG, WebP or GIF image");

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Matches(codec.EncodedFormat, type)) return (null, $"The file looks like {type.Name} but cannot be decoded");
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
            return (null, $"The image is too large ({codec.Info.Width}x{codec.Info.Height}); at most {MaxPixels / 1_000_000} megapixels");

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return (null, $"The {type.Name} image is damaged or incomplete");
        }
        return (new CheckedImage(type, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes, bitmap), null);
    }

    private static bool Matches(SKEncodedImageFormat format, ImageType type) =>
        (format, type.Extension) is (SKEncodedImageFormat.Jpeg, "jpg") or (SKEncodedImageFormat.Png, "png")
            or (SKEncodedImageFormat.Gif, "gif") or (SKEncodedImageFormat.Webp, "webp");
}

/// <summary>An upload that decoded completely: its type, the SHA-256 of its bytes, and its pixels while needed.</summary>
public sealed class CheckedImage(ImageType type, string hash, byte[] bytes, SKBitmap bitmap) : IDisposable
{
    public ImageType Type => type;
    public string Hash => hash;
    public byte[] Bytes => bytes;
    public SKBitmap Bitmap => bitmap;

    public void Dispose() => bitmap.Dispose();
}
