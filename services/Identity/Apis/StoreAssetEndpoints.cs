using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Apis;

/// <summary>The seed's logo and background uploads (<c>/api/customization/logo|background</c>).</summary>
public static class StoreAssetEndpoints
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public static async Task<Results<Ok<ThemeResponse>, ProblemHttpResult>> Upload(
        string kind, IFormFile? image, IdentityDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        if (!StoreAsset.IsKind(kind)) return ApiResults.NotFound("Customization");
        if (image is null || image.Length == 0) return ApiResults.Validation(new FieldErrors().Add("image", "Choose an image file"));
        if (image.Length > MaxBytes) return ApiResults.Error(StatusCodes.Status413PayloadTooLarge, "The image must be at most 2 MB");

        using var buffer = new MemoryStream();
        await image.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var contentType = ImageSignature.ContentTypeOf(bytes);
        if (contentType is null) return ApiResults.Validation(new FieldErrors().Add("image", "Only PNG, JPEG, GIF or WebP images are accepted"));

        var asset = await db.StoreAssets.FirstOrDefaultAsync(a => a.TenantId == tenant.Id && a.Kind == kind, ct);
        if (asset is null)
        {
            asset = new StoreAsset { TenantId = tenant.Id, Kind = kind, ContentType = contentType, Content = bytes, ContentHash = "" };
            db.StoreAssets.Add(asset);
        }
        asset.ContentType = contentType;
        asset.Content = bytes;
        asset.ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        asset.UpdatedAt = clock.GetUtcNow();
        return TypedResults.Ok(await SetUrlAsync(db, tenant, kind, $"/api/customization/assets/{kind}?v={asset.ContentHash[..12]}", ct));
    }

    public static async Task<Results<Ok<ThemeResponse>, ProblemHttpResult>> Remove(
        string kind, IdentityDbContext db, TenantContext tenant, CancellationToken ct)
    {
        if (!StoreAsset.IsKind(kind)) return ApiResults.NotFound("Customization");
        await db.StoreAssets.Where(a => a.TenantId == tenant.Id && a.Kind == kind).ExecuteDeleteAsync(ct);
        return TypedResults.Ok(await SetUrlAsync(db, tenant, kind, null, ct));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(
        string kind, IdentityDbContext db, TenantContext tenant, HttpResponse response, CancellationToken ct)
    {
        var asset = await db.StoreAssets.AsNoTracking().FirstOrDefaultAsync(a => a.TenantId == tenant.Id && a.Kind == kind, ct);
        if (asset is null) return ApiResults.NotFound("Image");
        // The URL changes with the content (?v=hash), so the browser may keep it.
        response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return TypedResults.File(asset.Content, asset.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{asset.ContentHash}\""));
    }

    private static async Task<ThemeResponse> SetUrlAsync(IdentityDbContext db, TenantContext tenant, string kind, string? url, CancellationToken ct)
    {
        var store = await db.Stores.FirstAsync(s => s.Id == tenant.Id, ct);
        if (kind == StoreAsset.Logo) store.Theme.LogoUrl = url;
        else store.Theme.BackgroundUrl = url;
        var owner = await db.Users.FirstAsync(u => u.TenantId == store.Id && u.Role == Roles.Owner, ct);
        db.Publish(CustomizationEndpoints.SettingsChanged(store, owner.Email));
        await db.SaveChangesAsync(ct);
        return ThemeResponse.From(store.Theme);
    }
}
