using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Reporting.Model;

/// <summary>Reporting's copy of a product and its stock level, fed by Catalog's events.</summary>
public sealed class InventoryItem : ITenantOwned
{
    public int TenantId { get; set; }
    public int ProductId { get; set; }
    public required string Name { get; set; }
    public required string Sku { get; set; }
    public string? Barcode { get; set; }
    public decimal Price { get; set; }
    public int OnHand { get; set; }
    public int Reserved { get; set; }
    public int LowStockThreshold { get; set; }
    public bool IsDeleted { get; set; }
    /// <summary>Catalog's product version: product events older than this are stale.</summary>
    public long Version { get; set; }
    /// <summary>Catalog's ledger entry behind the stock level we hold: older stock events are stale.</summary>
    public long LedgerEntryId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>PostgreSQL's xmin: two events changing this row at once cannot overwrite each other; the loser retries.</summary>
    public uint RowVersion { get; set; }
}
