using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using QommerceHub.Catalog.Apis.Dtos;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Imaging;
using QommerceHub.Catalog.Services;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Catalog.Apis;

public static partial class InventoryApi
{
    /// <summary>
    /// Multipart field <c>image</c>, at most 5 MB, checked from its bytes; replaces and cleans up the old image.
    /// Answers the original's <c>{success, imageUrl, filename}</c>, plus the updated item.
    /// </summary>
    public static async Task<Results<Ok<ImageUploaded>, ProblemHttpResult>> UploadImage(
        string id, HttpRequest request, [AsParameters] InventoryHandlerServices services, ProductImageStore store, CancellationToken cancellationToken)
    {
        if (ApiInput.ParseId(id) is not { } itemId) return ApiInput.MalformedId("item");
        if (!request.HasFormContentType) return ApiResults.BadRequest("Send the image as multipart/form-data in the field 'image'");
        var db = services.Db;
        if (!await db.Products.AnyAsync(p => p.Id == itemId && !p.IsDeleted, cancellationToken)) return ApiResults.NotFound("Item");

        var (form, malformed) = await MultipartForm.ReadAsync(request, cancellationToken);
        if (form is null) return malformed!;
        if (form.Files.GetFile("image") is not { } file) return ApiResults.Validation(new FieldErrors().Add("image", "Image is required"));
        if (file.Length > ProductImageIntake.MaxBytes) return ApiResults.Error(StatusCodes.Status413PayloadTooLarge, "The image must be at most 5 MB");
        var (image, problem) = ProductImageIntake.Prepare(await ReadAllAsync(file, cancellationToken));
        if (image is null) return ApiResults.Validation(new FieldErrors().Add("image", problem!));

        var tenantId = services.Tenant.Id;
        await store.SaveAsync(tenantId, image, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var product = await db.LockProductAsync(itemId, cancellationToken);
        if (product is null || product.IsDeleted) return ApiResults.NotFound("Item");
        string?[] previous = [product.ImageFile, product.ThumbnailFile];
        product.ReplaceImage(image.FileName, image.ThumbnailFileName, services.Clock.Now());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await RemoveUnusedImagesAsync(db, store, tenantId, previous, cancellationToken);
        request.HttpContext.Response.Headers.ETag = $"\"{product.Version}\"";
        return TypedResults.Ok(new ImageUploaded(true, InventoryItem.UploadUrl(tenantId, image.FileName)!, image.FileName, InventoryItem.From(product)));
    }

    /// <summary>
    /// No token (a plain <c>&lt;img src&gt;</c>): the name is the SHA-256 of the image, so only someone who was given
    /// the URL, or already has the picture, can fetch it (docs/decisions/0005-image-urls.md).
    /// </summary>
    public static Results<PhysicalFileHttpResult, ProblemHttpResult> GetImage(
        string tenantId, string file, ProductImageStore store, HttpResponse response)
    {
        if (ApiInput.ParseId(tenantId) is not { } storeId || store.Locate(storeId, file) is not { } path)
            return ApiResults.NotFound("Image");
        var type = ImageType.FromExtension(Path.GetExtension(file).TrimStart('.'))!;
        // Content-derived names never change meaning, so browsers may keep them for a year.
        response.Headers.CacheControl = "private, max-age=31536000, immutable";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(path, type.ContentType,
            entityTag: new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(file)}\""));
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>Deletes replaced files unless another item of the store shows the same picture.</summary>
    private static async Task RemoveUnusedImagesAsync(CatalogDbContext db, ProductImageStore store, int tenantId, string?[] files, CancellationToken cancellationToken)
    {
        foreach (var file in files.OfType<string>())
        {
            var stillUsed = await db.Products.AnyAsync(p => p.ImageFile == file || p.ThumbnailFile == file, cancellationToken);
            if (!stillUsed) store.Delete(tenantId, file);
        }
    }
}
