using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Apis.Dtos;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Services;
using QommerceHub.Imaging;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Identity.Apis;

public static partial class CustomizationApi
{
    // The logo (multipart field "logo", 2 MB) and background (field "background", 10 MB), as in the original API. Their
    // URLs are content-addressed (docs/decisions/0005-image-urls.md), so a plain <img src> loads them without a token
    // while another store's images stay unguessable.
    public const int MaxLogoBytes = 2 * 1024 * 1024;
    public const int MaxBackgroundBytes = 10 * 1024 * 1024;

    public static async Task<Results<Ok<LogoUploaded>, ProblemHttpResult>> UploadLogo(
        HttpRequest request, StoreThemes themes, CancellationToken ct)
    {
        var (url, problem) = await StoreAsync(request, StoreAsset.Logo, MaxLogoBytes, "2 MB", themes, ct);
        return url is null ? problem! : TypedResults.Ok(new LogoUploaded("Logo uploaded successfully", url));
    }

    public static async Task<Results<Ok<BackgroundUploaded>, ProblemHttpResult>> UploadBackground(
        HttpRequest request, StoreThemes themes, CancellationToken ct)
    {
        var (url, problem) = await StoreAsync(request, StoreAsset.Background, MaxBackgroundBytes, "10 MB", themes, ct);
        return url is null ? problem! : TypedResults.Ok(new BackgroundUploaded("Background uploaded successfully", url));
    }

    public static async Task<Ok<MessageResponse>> RemoveLogo(StoreThemes themes, CancellationToken ct)
    {
        await themes.RemoveImageAsync(StoreAsset.Logo, ct);
        return TypedResults.Ok(new MessageResponse("Logo removed successfully"));
    }

    public static async Task<Ok<MessageResponse>> RemoveBackground(StoreThemes themes, CancellationToken ct)
    {
        await themes.RemoveImageAsync(StoreAsset.Background, ct);
        return TypedResults.Ok(new MessageResponse("Background removed successfully"));
    }

    /// <summary>No token: the URL itself names the store, the kind and the SHA-256 of the bytes, so only a holder of the URL finds it.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(
        string tenantId, string kind, string hash, IdentityDbContext db, HttpResponse response, CancellationToken ct)
    {
        if (!int.TryParse(tenantId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var storeId)
            || !StoreAsset.IsKind(kind) || !IsSha256(hash))
            return ApiResults.NotFound("Image");
        var asset = await db.StoreAssets.AsNoTracking()
            .FirstOrDefaultAsync(a => a.TenantId == storeId && a.Kind == kind && a.ContentHash == hash, ct);
        if (asset is null) return ApiResults.NotFound("Image");
        // The URL changes with the content, so the browser may keep it.
        response.Headers.CacheControl = "private, max-age=31536000, immutable";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(asset.Content, asset.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{asset.ContentHash}\""));
    }

    private static async Task<(string? Url, ProblemHttpResult? Problem)> StoreAsync(
        HttpRequest request, string kind, int maxBytes, string maxText, StoreThemes themes, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return (null, ApiResults.BadRequest($"Send the image as multipart/form-data in the field '{kind}'"));
        var (form, malformed) = await MultipartForm.ReadAsync(request, ct);
        if (form is null) return (null, malformed);
        if (form.Files.GetFile(kind) is not { Length: > 0 } file)
            return (null, ApiResults.Validation(new FieldErrors().Add(kind, $"Choose an image file in the field '{kind}'")));
        if (file.Length > maxBytes)
            return (null, ApiResults.Error(StatusCodes.Status413PayloadTooLarge, $"The {kind} must be at most {maxText}"));

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        // The same checked decode as item images: a signature alone (an HTML polyglot), a truncated file or a
        // decompression-bomb header is refused.
        var (image, problem) = ImageIntake.Check(bytes);
        if (image is null) return (null, ApiResults.Validation(new FieldErrors().Add(kind, problem!)));
        var contentType = image.Type.ContentType;
        image.Dispose();

        return (await themes.SetImageAsync(kind, contentType, bytes, image.Hash, ct), null);
    }

    private static bool IsSha256(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigitLower);
}
