using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using QommerceHub.Catalog.Apis.Dtos;
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
        string id, HttpRequest request, [AsParameters] InventoryHandlerServices services, ItemImages images, CancellationToken cancellationToken)
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

        var replaced = await images.ReplaceAsync(itemId, image, cancellationToken);
        if (!replaced.Succeeded) return ApiResults.Problem(replaced);
        var product = replaced.Value!;
        request.HttpContext.Response.Headers.ETag = $"\"{product.Version}\"";
        return TypedResults.Ok(new ImageUploaded(true, InventoryItem.UploadUrl(services.Tenant.Id, image.FileName)!, image.FileName, InventoryItem.From(product)));
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
}
