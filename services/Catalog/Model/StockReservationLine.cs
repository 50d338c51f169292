using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Catalog.Model;

/// <summary>Units of one product held for the order.</summary>
public sealed class StockReservationLine : ITenantOwned
{
    public int Id { get; private set; }
    public int TenantId { get; init; }
    public int ReservationId { get; private set; }
    public int ProductId { get; init; }
    public int Quantity { get; init; }
}
