using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Catalog.Model;

/// <summary>An append-only record of one stock movement and the level it left behind.</summary>
public sealed class StockLedgerEntry : ITenantOwned
{
    public long Id { get; private set; }
    public int TenantId { get; init; }
    public int ProductId { get; init; }
    public Product? Product { get; init; }
    /// <summary>Change to on-hand; on-hand is the sum of these.</summary>
    public int Change { get; init; }
    /// <summary>Change to the reserved units; reserved is the sum of these.</summary>
    public int ReservedChange { get; init; }
    public int ResultingOnHand { get; init; }
    public int ResultingReserved { get; init; }
    public required string Reason { get; init; }
    public string? Reference { get; init; }
    public required string Actor { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The same row for a product whose id became known after the row was made (bulk import).</summary>
    public StockLedgerEntry ForProduct(int productId) => new()
    {
        TenantId = TenantId,
        ProductId = productId,
        Change = Change,
        ReservedChange = ReservedChange,
        ResultingOnHand = ResultingOnHand,
        ResultingReserved = ResultingReserved,
        Reason = Reason,
        Reference = Reference,
        Actor = Actor,
        CreatedAt = CreatedAt,
    };
}
