namespace QommerceHub.Catalog.Services;

/// <summary><c>Images:Root</c>: where uploads live, relative to the content root unless absolute.</summary>
public sealed class ImageStorageOptions
{
    public const string Section = "Images";

    public string Root { get; set; } = ".data/images";
}
