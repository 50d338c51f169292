using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Reporting.Model;

/// <summary>Reporting's copy of a customer, fed by Orders' customer events.</summary>
public sealed class Customer : ITenantOwned
{
    public int TenantId { get; set; }
    public int CustomerId { get; set; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the event we hold happened; customer events carry no version, so time orders them.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>PostgreSQL's xmin: two events changing this row at once cannot overwrite each other; the loser retries.</summary>
    public uint RowVersion { get; set; }
}
