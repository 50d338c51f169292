using QommerceHub.Imaging;

namespace QommerceHub.Catalog.Services;

/// <summary>A checked upload and its thumbnail, named after the SHA-256 of the original bytes.</summary>
public sealed record PreparedImage(ImageType Type, string Hash, byte[] Original, byte[] Thumbnail)
{
    public string FileName => $"{Hash}.{Type.Extension}";
    public string ThumbnailFileName => $"{Hash}-thumb.webp";
}
