namespace QommerceHub.Imaging;

/// <summary>An image type we accept, recognised from its first bytes (never from the file name or header).</summary>
public sealed record ImageType(string Name, string Extension, string ContentType)
{
    public static readonly ImageType Jpeg = new("JPEG", "jpg", "image/jpeg");
    public static readonly ImageType Png = new("PNG", "png", "image/png");
    public static readonly ImageType Gif = new("GIF", "gif", "image/gif");
    public static readonly ImageType Webp = new("WebP", "webp", "image/webp");

    public static readonly IReadOnlyList<ImageType> All = [Jpeg, Png, Gif, Webp];

    public static ImageType? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)) return Gif;
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return Webp;
        return null;
    }

    public static ImageType? FromExtension(string extension) =>
        All.FirstOrDefault(t => t.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase));
}
