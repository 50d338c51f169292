using System.Net;
using System.Net.Http.Headers;
using QommerceHub.Testing;

namespace QommerceHub.Identity.Tests;

public sealed class StoreAssetTests(InfrastructureFixture infrastructure) : IdentityApiTestBase(infrastructure)
{
    private static readonly byte[] png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Owner_uploads_a_logo_that_only_their_store_can_fetch_and_removes_it()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var other = await Driver.SignupVerifiedAsync();
        var client = Driver.Authorized(owner.Token);

        var upload = await client.PostAsync("/api/customization/logo", Image(png, "logo.png"));
        var theme = await IdentityDriver.Json(upload);
        Assert.True(upload.StatusCode == HttpStatusCode.OK, theme.ToJsonString());
        var url = theme["logo_url"]!.GetValue<string>();
        var fetched = await client.GetAsync(url);
        var othersView = await Driver.Authorized(other.Token).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal("image/png", fetched.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await fetched.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, othersView.StatusCode);

        var removed = await IdentityDriver.Json(await client.DeleteAsync("/api/customization/logo"));
        Assert.Null(removed["logo_url"]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_script_named_png_is_refused()
    {
        var owner = await Driver.SignupVerifiedAsync();
        var response = await Driver.Authorized(owner.Token).PostAsync("/api/customization/background",
            Image("<script>alert(1)</script>"u8.ToArray(), "evil.png"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("image", (await IdentityDriver.Json(response))["details"]![0]!["field"]!.GetValue<string>());
    }

    private static MultipartFormDataContent Image(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "image", name } };
    }
}
