using System.Net.Http.Headers;
using System.Net;
using QommerceHub.Identity.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests.Service;

public sealed class StoreAssetTests(InfrastructureFixture infrastructure, IdentityHost host) : IdentityApiTestBase(infrastructure, host)
{
    private static readonly byte[] png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Owner_uploads_a_logo_that_loads_without_a_token_at_an_unguessable_url_and_removes_it()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var other = await Driver.SignupVerifiedAsync();
        var client = Driver.Authorized(owner.Token);

        var upload = await client.PostAsync("/api/customization/logo", Image(png, "logo.png", "logo"));
        var answer = await ResponseJson.ReadAsync(upload);
        Assert.True(upload.StatusCode == HttpStatusCode.OK, answer.ToJsonString());
        var url = answer["logo_url"]!.GetValue<string>();
        var fetched = await Driver.Anonymous().GetAsync(url);
        // The same image under the other store's id, or with a hash one digit off, is not found.
        var otherStoresUrl = url.Replace($"/assets/{owner.TenantId}/", $"/assets/{other.TenantId}/", StringComparison.Ordinal);
        var guessedUrl = url[..^1] + (url[^1] == '0' ? '1' : '0');

        Assert.NotNull(answer["message"]);
        Assert.Equal("image/png", fetched.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await fetched.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Driver.Anonymous().GetAsync(otherStoresUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Driver.Anonymous().GetAsync(guessedUrl)).StatusCode);
        var saved = await ResponseJson.ReadAsync(await client.GetAsync("/api/customization"));
        Assert.Equal(url, saved["customization"]!["logo_url"]!.GetValue<string>());

        var removed = await ResponseJson.ReadAsync(await client.DeleteAsync("/api/customization/logo"));
        Assert.NotNull(removed["message"]);
        Assert.Equal(HttpStatusCode.NotFound, (await Driver.Anonymous().GetAsync(url)).StatusCode);
        Assert.Null((await ResponseJson.ReadAsync(await client.GetAsync("/api/customization")))["customization"]!["logo_url"]);
    }

    [Fact]
    public async Task A_logo_over_2_MB_is_413_and_the_image_field_is_not_the_logo_field()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var client = Driver.Authorized(owner.Token);
        var big = new byte[2 * 1024 * 1024 + 1];
        png.CopyTo(big, 0);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PostAsync("/api/customization/logo", Image(big, "big.png", "logo"))).StatusCode);
        var wrongField = await client.PostAsync("/api/customization/logo", Image(png, "logo.png", "image"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongField.StatusCode);
        Assert.Equal("logo", (await ResponseJson.ReadAsync(wrongField))["details"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_script_named_png_is_refused()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var response = await Driver.Authorized(owner.Token).PostAsync("/api/customization/background",
            Image("<script>alert(1)</script>"u8.ToArray(), "evil.png", "background"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("background", (await ResponseJson.ReadAsync(response))["details"]![0]!["field"]!.GetValue<string>());
    }

    public static TheoryData<string, string> HostileUploads => new()
    {
        { "logo", "polyglot" }, { "logo", "truncated" }, { "logo", "bomb" },
        { "background", "polyglot" }, { "background", "truncated" }, { "background", "bomb" },
    };

    [Theory]
    [MemberData(nameof(HostileUploads))]
    public async Task Logo_and_background_go_through_the_checked_decode(string kind, string upload)
    {
        var owner = await Driver.SignupVerifiedAsync();
        var bytes = upload switch
        {
            "polyglot" => HostileImages.HtmlPolyglot(),
            "truncated" => HostileImages.Truncated(),
            _ => HostileImages.DecompressionBomb(),
        };

        var response = await Driver.Authorized(owner.Token).PostAsync($"/api/customization/{kind}", Image(bytes, "image.png", kind));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(kind, (await ResponseJson.ReadAsync(response))["details"]![0]!["field"]!.GetValue<string>());
        Assert.Null((await ResponseJson.ReadAsync(await Driver.Authorized(owner.Token).GetAsync("/api/customization")))["customization"]![kind + (kind == "logo" ? "_url" : "_image_url")]);
    }

    [Fact]
    public async Task A_truncated_multipart_body_is_400()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var response = await Driver.Authorized(owner.Token).PostAsync("/api/customization/logo", MultipartBodies.Truncated("logo"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static MultipartFormDataContent Image(byte[] bytes, string name, string field)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, field, name } };
    }
}
