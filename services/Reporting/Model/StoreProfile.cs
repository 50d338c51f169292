using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Reporting.Model;

/// <summary>Reporting's copy of a store's name and colours (from Identity's events), for branding invoices.</summary>
public sealed class StoreProfile : ITenantOwned
{
    public int TenantId { get; set; }
    public required string StoreName { get; set; }
    public string? OwnerEmail { get; set; }
    public string PrimaryColor { get; set; } = StoreBrand.DefaultPrimary;
    public string AccentColor { get; set; } = StoreBrand.DefaultAccent;
    public string TextColor { get; set; } = StoreBrand.DefaultText;
    /// <summary>PostgreSQL's xmin: two events changing this row at once cannot overwrite each other; the loser retries.</summary>
    public uint RowVersion { get; set; }
}
