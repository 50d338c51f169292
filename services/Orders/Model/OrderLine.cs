using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Model;

/// <summary>One product on an order, with the name, SKU and unit price snapshotted from the replica when it was placed.</summary>
public sealed class OrderLine : ITenantOwned
{
    public long Id { get; private set; }
    public int TenantId { get; init; }
    public int OrderId { get; private set; }
    public int ProductId { get; init; }
    public required string ProductName { get; init; }
    public string Sku { get; init; } = "";
    public int Quantity { get; init; }
    public decimal UnitPrice { get; init; }
}
