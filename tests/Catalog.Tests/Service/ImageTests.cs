using System.Net;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.Catalog.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Catalog.Tests.Service;

[Collection(InfrastructureFixture.Collection)]
public class ImageTests(CatalogService catalog) : CatalogApiTestBase(catalog)
{
    [Fact]
    public async Task Uploaded_image_and_thumbnail_are_served_with_their_type_and_cache_headers()
    {
        var store = NewStore();
        var item = await store.CreateAsync();
        var png = TestImages.Png();

        var answer = await InventoryDriver.ReadAsync<ImageUploaded>(await store.UploadImageAsync(item.Id, png, "photo.jpg", "image/jpeg"), HttpStatusCode.OK);
        var updated = answer.Item;

        Assert.True(answer.Success);
        Assert.Equal(updated.ImageUrl, answer.ImageUrl);
        Assert.Equal(answer.ImageUrl, $"/uploads/{store.TenantId}/{answer.Filename}");

        Assert.Matches($"^/uploads/{store.TenantId}/[0-9a-f]{{64}}\\.png$", updated.ImageUrl);
        Assert.Matches($"^/uploads/{store.TenantId}/[0-9a-f]{{64}}-thumb\\.webp$", updated.ThumbnailUrl);
        var image = await store.Client.GetAsync(updated.ImageUrl);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await image.Content.ReadAsByteArrayAsync());
        Assert.Contains("immutable", image.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.True(image.Headers.CacheControl?.Private);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());
        var thumbnail = await store.Client.GetAsync(updated.ThumbnailUrl);
        Assert.Equal("image/webp", thumbnail.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string, string> ImageKinds => new() { { "jpeg", "jpg" }, { "webp", "webp" }, { "gif", "gif" } };

    [Theory]
    [MemberData(nameof(ImageKinds))]
    public async Task Jpeg_webp_and_gif_are_accepted(string kind, string extension)
    {
        var store = NewStore();
        var item = await store.CreateAsync();
        var bytes = kind switch { "jpeg" => TestImages.Jpeg(), "webp" => TestImages.Webp(), _ => TestImages.Gif };

        var updated = (await InventoryDriver.ReadAsync<ImageUploaded>(await store.UploadImageAsync(item.Id, bytes, "upload.bin", "application/octet-stream"), HttpStatusCode.OK)).Item;

        Assert.EndsWith("." + extension, updated.ImageUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_named_jpg_is_refused_and_the_item_keeps_no_image()
    {
        var store = NewStore();
        var item = await store.CreateAsync();

        var fields = await InventoryDriver.InvalidFieldsAsync(await store.UploadImageAsync(item.Id, TestImages.Script(), "cute-cat.jpg", "image/jpeg"));
        await InventoryDriver.InvalidFieldsAsync(await store.UploadImageAsync(item.Id, TestImages.FakePng(), "cat.png", "image/png"));

        Assert.Equal(["image"], fields);
        Assert.Null((await store.GetAsync(item.Id)).ImageUrl);
    }

    [Fact]
    public async Task An_image_over_5_mb_is_too_large()
    {
        var store = NewStore();
        var item = await store.CreateAsync();

        await InventoryDriver.ProblemAsync(await store.UploadImageAsync(item.Id, TestImages.SixMegabytes(), "big.png", "image/png"), HttpStatusCode.RequestEntityTooLarge);

        Assert.Null((await store.GetAsync(item.Id)).ImageUrl);
    }

    [Fact]
    public async Task An_image_of_several_megabytes_is_accepted()
    {
        var store = NewStore();
        var item = await store.CreateAsync();
        var photo = TestImages.Encode(SkiaSharp.SKEncodedImageFormat.Png, 1400, 1000, noise: true);
        Assert.InRange(photo.Length, 2 * 1024 * 1024, 5 * 1024 * 1024);

        var updated = (await InventoryDriver.ReadAsync<ImageUploaded>(await store.UploadImageAsync(item.Id, photo, "photo.png", "image/png"), HttpStatusCode.OK)).Item;

        Assert.EndsWith(".png", updated.ImageUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replaced_image_is_cleaned_up()
    {
        var store = NewStore();
        var item = await store.CreateAsync();
        var first = (await InventoryDriver.ReadAsync<ImageUploaded>(await store.UploadImageAsync(item.Id, TestImages.Png(SkiaSharp.SKColors.Red)), HttpStatusCode.OK)).Item;

        var second = (await InventoryDriver.ReadAsync<ImageUploaded>(await store.UploadImageAsync(item.Id, TestImages.Png(SkiaSharp.SKColors.Green)), HttpStatusCode.OK)).Item;

        Assert.NotEqual(first.ImageUrl, second.ImageUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await store.Client.GetAsync(first.ImageUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await store.Client.GetAsync(first.ThumbnailUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await store.Client.GetAsync(second.ImageUrl)).StatusCode);
    }

    [Fact]
    public async Task A_picture_shared_by_two_items_survives_when_one_changes()
    {
        var store = NewStore();
        var mug = await store.CreateAsync();
        var cup = await store.CreateAsync();
        var shared = TestImages.Png(SkiaSharp.SKColors.Purple);
        var mugImage = (await InventoryDriver.ReadAsync<ImageUploaded>(await store.UploadImageAsync(mug.Id, shared), HttpStatusCode.OK)).Item;
        await store.UploadImageAsync(cup.Id, shared);

        await store.UploadImageAsync(mug.Id, TestImages.Jpeg());

        Assert.Equal(HttpStatusCode.OK, (await store.Client.GetAsync(mugImage.ImageUrl)).StatusCode);
    }

    [Fact]
    public async Task Images_load_without_a_token_and_only_under_their_own_stores_path()
    {
        var store = NewStore();
        var other = NewStore();
        var item = await store.CreateAsync();
        var uploaded = (await InventoryDriver.ReadAsync<ImageUploaded>(await store.UploadImageAsync(item.Id, TestImages.Png()), HttpStatusCode.OK)).Item;
        var anonymous = Factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(uploaded.ImageUrl)).StatusCode);
        var underOtherStore = uploaded.ImageUrl!.Replace($"/uploads/{store.TenantId}/", $"/uploads/{other.TenantId}/", StringComparison.Ordinal);
        await InventoryDriver.ProblemAsync(await anonymous.GetAsync(underOtherStore), HttpStatusCode.NotFound);
        await InventoryDriver.ProblemAsync(await anonymous.GetAsync($"/uploads/{store.TenantId}/{new string('0', 64)}.png"), HttpStatusCode.NotFound);
        await InventoryDriver.ProblemAsync(await anonymous.GetAsync($"/uploads/{store.TenantId}/..%2F..%2Fetc%2Fpasswd"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_without_the_image_field_is_a_field_error()
    {
        var store = NewStore();
        var item = await store.CreateAsync();
        var form = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Png()), "photo", "a.png" } };

        Assert.Equal(["image"], await InventoryDriver.InvalidFieldsAsync(await store.Client.PostAsync($"/api/inventory/{item.Id}/upload-image", form)));
    }
}
