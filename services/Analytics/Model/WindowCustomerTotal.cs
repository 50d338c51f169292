using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Model;

/// <summary>Counted orders and net spend of one customer within a ranking window.</summary>
public sealed class WindowCustomerTotal : ITenantOwned
{
    public int TenantId { get; set; }
    public long WindowId { get; set; }
    public int CustomerId { get; set; }
    public int Orders { get; set; }
    public decimal Spent { get; set; }
}
