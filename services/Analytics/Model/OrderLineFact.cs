using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Model;

/// <summary>A line of a confirmed order, with the name and unit price Orders snapshotted.</summary>
public sealed class OrderLineFact : ITenantOwned
{
    public int TenantId { get; set; }
    public int OrderId { get; set; }
    public int LineNo { get; set; }
    public int ProductId { get; set; }
    public required string ProductName { get; set; }
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
}
