using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace QommerceHub.Catalog.Services;

/// <summary>Image files on disk, one folder per store; names derive from content, so a file is never rewritten.</summary>
public sealed partial class ProductImageStore(IOptions<ImageStorageOptions> options, IHostEnvironment environment)
{
    private readonly string root = Path.GetFullPath(options.Value.Root, environment.ContentRootPath);

    public async Task SaveAsync(int tenantId, PreparedImage image, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateDirectory(TenantFolder(tenantId)).FullName;
        await WriteOnceAsync(Path.Combine(folder, image.FileName), image.Original, cancellationToken);
        await WriteOnceAsync(Path.Combine(folder, image.ThumbnailFileName), image.Thumbnail, cancellationToken);
    }

    /// <summary>The path of a stored file of the store, or null for an unknown or malformed name.</summary>
    public string? Locate(int tenantId, string fileName)
    {
        if (!StoredName().IsMatch(fileName)) return null;
        var path = Path.Combine(TenantFolder(tenantId), fileName);
        return File.Exists(path) ? path : null;
    }

    public void Delete(int tenantId, string? fileName)
    {
        if (fileName is not null && Locate(tenantId, fileName) is { } path) File.Delete(path);
    }

    private string TenantFolder(int tenantId) => Path.Combine(root, tenantId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes through a temporary file, so a reader never sees half an image.</summary>
    private static async Task WriteOnceAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        if (File.Exists(path)) return;
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex("^[0-9a-f]{64}(-thumb)?\\.(jpg|png|gif|webp)$")]
    private static partial Regex StoredName();
}
