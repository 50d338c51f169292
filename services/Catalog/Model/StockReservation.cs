using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Catalog.Model;

/// <summary>What Catalog holds for one order, so a cancellation releases exactly that and nothing twice.</summary>
public sealed class StockReservation : ITenantOwned
{
    public int Id { get; private set; }
    public int TenantId { get; init; }
    public int OrderId { get; init; }
    public required string Status { get; set; }
    public List<StockReservationLine> Lines { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
