using QommerceHub.Imaging;
using QommerceHub.Catalog.Services;
using QommerceHub.Catalog.Tests.Support;
using SkiaSharp;

namespace QommerceHub.Catalog.Tests.Unit;

public class ImageIntakeTests
{
    public static TheoryData<string, byte[]> RealImages => new()
    {
        { "jpg", TestImages.Jpeg() },
        { "png", TestImages.Png() },
        { "webp", TestImages.Webp() },
        { "gif", TestImages.Gif },
    };

    [Theory]
    [MemberData(nameof(RealImages))]
    public void Real_images_are_accepted_with_a_small_webp_thumbnail(string extension, byte[] bytes)
    {
        var (image, problem) = ProductImageIntake.Prepare(bytes);

        Assert.Null(problem);
        Assert.Equal(extension, image!.Type.Extension);
        Assert.Matches("^[0-9a-f]{64}$", image.Hash);
        Assert.Equal(ImageType.Webp, ImageType.Sniff(image.Thumbnail));
        using var thumbnail = SKBitmap.Decode(image.Thumbnail);
        Assert.True(thumbnail.Width <= ProductImageIntake.ThumbnailSide && thumbnail.Height <= ProductImageIntake.ThumbnailSide);
    }

    [Fact]
    public void A_script_is_not_an_image_whatever_its_name() =>
        Assert.Contains("not a JPEG", ProductImageIntake.Prepare(TestImages.Script()).Problem);

    [Fact]
    public void Bytes_that_only_start_like_an_image_are_refused() =>
        Assert.Contains("cannot be decoded", ProductImageIntake.Prepare(TestImages.FakePng()).Problem);

    [Fact]
    public void A_truncated_image_is_refused()
    {
        var jpeg = TestImages.Jpeg();

        Assert.NotNull(ProductImageIntake.Prepare(jpeg[..(jpeg.Length / 2)]).Problem);
    }

    [Fact]
    public void A_decompression_bomb_header_is_refused_before_decoding() =>
        Assert.Contains("too large", ProductImageIntake.Prepare(QommerceHub.Testing.HostileImages.DecompressionBomb()).Problem);

    [Fact]
    public void An_html_page_behind_an_image_signature_is_refused() =>
        Assert.NotNull(ProductImageIntake.Prepare(QommerceHub.Testing.HostileImages.HtmlPolyglot()).Problem);

    [Fact]
    public void The_same_bytes_get_the_same_name() =>
        Assert.Equal(ProductImageIntake.Prepare(TestImages.Png()).Image!.FileName, ProductImageIntake.Prepare(TestImages.Png()).Image!.FileName);
}
