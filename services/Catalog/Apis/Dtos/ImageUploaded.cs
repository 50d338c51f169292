using System.Text.Json.Serialization;

namespace QommerceHub.Catalog.Apis.Dtos;

/// <summary>The original API's answer to an image upload, plus the updated item (ours).</summary>
public sealed record ImageUploaded(
    bool Success,
    [property: JsonPropertyName("imageUrl")] string ImageUrl,
    string Filename,
    InventoryItem Item);
