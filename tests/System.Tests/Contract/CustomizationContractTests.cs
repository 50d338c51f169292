using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using QommerceHub.Testing;
using static QommerceHub.SystemTests.Contract.ContractAnswer;

namespace QommerceHub.SystemTests.Contract;

/// <summary>
/// Contract rows "Store customisation — /api/customization" of shared/seed-api-contract.md, and the item image upload
/// of "Inventory", through the gateway; the URLs they answer must load in a plain &lt;img src&gt; (no token).
/// </summary>
[Collection(SystemFixture.Collection)]
public sealed class CustomizationContractTests(SystemFixture system)
{
    /// <summary>A 1×1 PNG: decodes completely, so every image check accepts it.</summary>
    internal static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private readonly StoreAccounts accounts = new(system);

    [Fact]
    public async Task Get_answers_the_customization_wrapper_with_the_original_defaults()
    {
        var owner = await accounts.OpenStoreAsync("Default Look");

        var shape = await ShapeAsync(await system.Client(owner.Token).GetAsync("/api/customization"), HttpStatusCode.OK);

        shape.Has("customization.logo_url", Null).Has("customization.background_image_url", Null)
            .HasValue("customization.background_color", "#f9fafb").HasValue("customization.primary_color", "#667eea")
            .HasValue("customization.secondary_color", "#764ba2").HasValue("customization.accent_color", "#10b981")
            .HasValue("customization.text_color", "#111827").HasValue("customization.animations_enabled", "true");
    }

    [Fact]
    public async Task Put_answers_a_message_and_the_customization_and_needs_a_field()
    {
        var owner = await accounts.OpenStoreAsync("New Look");
        var api = system.Client(owner.Token);

        var shape = await ShapeAsync(await api.PutAsJsonAsync("/api/customization", new { primary_color = "#123456", animations_enabled = false }), HttpStatusCode.OK);

        shape.Has("message", Text).HasValue("customization.primary_color", "#123456").HasValue("customization.animations_enabled", "false")
            .HasValue("customization.accent_color", "#10b981").Has("customization.background_image_url", Null);
        await ErrorAsync(await api.PutAsJsonAsync("/api/customization", new { }), HttpStatusCode.BadRequest, "Validation failed");
        await ErrorAsync(await api.PutAsJsonAsync("/api/customization", new { text_color = "red" }), HttpStatusCode.BadRequest, "Validation failed");
    }

    [Fact]
    public async Task Logo_is_uploaded_in_the_field_logo_loads_without_a_token_and_is_deleted()
    {
        var owner = await accounts.OpenStoreAsync("Logo Shop");
        var api = system.Client(owner.Token);

        var shape = await ShapeAsync(await api.PostAsync("/api/customization/logo", Upload("logo", Png)), HttpStatusCode.OK);
        shape.Has("message", Text).Has("logo_url", Text);
        var url = shape.Get("logo_url").GetString()!;

        await LoadsInAPlainImgAsync(url);
        var saved = await ShapeAsync(await api.GetAsync("/api/customization"), HttpStatusCode.OK);
        saved.HasValue("customization.logo_url", url);
        await ErrorAsync(await api.PostAsync("/api/customization/logo", Upload("image", Png)), HttpStatusCode.BadRequest, "Validation failed");
        await ErrorAsync(await api.PostAsync("/api/customization/logo", Upload("logo", Padded(2 * 1024 * 1024 + 1))), HttpStatusCode.RequestEntityTooLarge);

        (await ShapeAsync(await api.DeleteAsync("/api/customization/logo"), HttpStatusCode.OK)).Has("message", Text);
        Assert.Equal(HttpStatusCode.NotFound, (await system.Client().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Background_is_uploaded_in_the_field_background_up_to_10_MB_and_is_deleted()
    {
        var owner = await accounts.OpenStoreAsync("Background Shop");
        var api = system.Client(owner.Token);

        // Over the logo's 2 MB and the item image's 5 MB, within the background's 10 MB.
        var shape = await ShapeAsync(await api.PostAsync("/api/customization/background", Upload("background", Padded(6 * 1024 * 1024))), HttpStatusCode.OK);
        shape.Has("message", Text).Has("background_image_url", Text);

        await LoadsInAPlainImgAsync(shape.Get("background_image_url").GetString()!);
        (await ShapeAsync(await api.GetAsync("/api/customization"), HttpStatusCode.OK)).HasValue("customization.background_image_url", shape.Get("background_image_url").GetString()!);
        (await ShapeAsync(await api.DeleteAsync("/api/customization/background"), HttpStatusCode.OK)).Has("message", Text);
        (await ShapeAsync(await api.GetAsync("/api/customization"), HttpStatusCode.OK)).Has("customization.background_image_url", Null);
    }

    [Fact]
    public async Task Item_image_is_uploaded_in_the_field_image_answers_success_imageUrl_filename_and_loads_without_a_token()
    {
        var owner = await accounts.OpenStoreAsync("Picture Shop");
        var other = await accounts.OpenStoreAsync("Nosy Shop");
        var store = new StoreApi(system, owner);
        var itemId = await store.AddItemAsync(quantity: 1);

        var shape = await ShapeAsync(await store.Client.PostAsync($"/api/inventory/{itemId}/upload-image", Upload("image", Png)), HttpStatusCode.OK);

        shape.HasValue("success", "true").Has("imageUrl", Text).Has("filename", Text);
        var url = shape.Get("imageUrl").GetString()!;
        Assert.EndsWith("/" + shape.Get("filename").GetString(), url, StringComparison.Ordinal);
        await LoadsInAPlainImgAsync(url);
        // Another store's id in the path, or a guessed name, finds nothing.
        var otherStoresUrl = url.Replace($"/uploads/{owner.TenantId}/", $"/uploads/{other.TenantId}/", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await system.Client(other.Token).GetAsync(otherStoresUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await system.Client().GetAsync($"/uploads/{owner.TenantId}/{new string('a', 64)}.png")).StatusCode);
    }

    /// <summary>What a browser's &lt;img src&gt; does: a GET with no Authorization header.</summary>
    private async Task LoadsInAPlainImgAsync(string url)
    {
        var image = await system.Client().GetAsync(url);
        Assert.True(image.StatusCode == HttpStatusCode.OK, $"{url}: {(int)image.StatusCode}");
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A valid PNG followed by padding up to <paramref name="size"/> bytes (decoders stop at IEND).</summary>
    private static byte[] Padded(int size)
    {
        var bytes = new byte[size];
        Png.CopyTo(bytes, 0);
        return bytes;
    }

    private static MultipartFormDataContent Upload(string field, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, field, "picture.png" } };
    }
}
