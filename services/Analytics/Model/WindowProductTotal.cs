using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Model;

/// <summary>Units and line revenue of one product within a ranking window.</summary>
public sealed class WindowProductTotal : ITenantOwned
{
    public int TenantId { get; set; }
    public long WindowId { get; set; }
    public int ProductId { get; set; }
    public long Quantity { get; set; }
    public decimal Revenue { get; set; }
}
