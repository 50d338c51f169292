using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Model;

/// <summary>
/// Analytics' copy of a Catalog item. Details and the deleted flag follow Catalog's per-product version, stock
/// follows the ledger entry id, so a late or repeated event never overwrites newer data.
/// </summary>
public sealed class ProductReplica : ITenantOwned
{
    public int TenantId { get; set; }
    public int ProductId { get; set; }
    public string Name { get; set; } = "";
    public string Sku { get; set; } = "";
    public decimal Price { get; set; }
    public int LowStockThreshold { get; set; }
    /// <summary>Version of the name, SKU, price and threshold; 0 while only an order line or stock event named the item.</summary>
    public long DetailsVersion { get; set; }
    /// <summary>Version of <see cref="IsDeleted"/>.</summary>
    public long StateVersion { get; set; }
    public bool IsDeleted { get; set; }
    public int OnHand { get; set; }
    public int Reserved { get; set; }
    public long LedgerEntryId { get; set; }
    public DateTimeOffset? LowStockAlertedAt { get; set; }

    /// <summary>Catalog has described it; placeholders created from an order line are not inventory.</summary>
    public bool IsKnown => DetailsVersion > 0;

    public int Available => OnHand - Reserved;

    public bool ApplyDetails(long version, string name, string sku, decimal price, int lowStockThreshold)
    {
        if (version <= DetailsVersion) return false;
        DetailsVersion = version;
        Name = name;
        Sku = sku;
        Price = price;
        LowStockThreshold = lowStockThreshold;
        return true;
    }

    public bool ApplyState(long version, bool deleted)
    {
        if (version <= StateVersion) return false;
        StateVersion = version;
        IsDeleted = deleted;
        return true;
    }

    public bool ApplyStock(long ledgerEntryId, int onHand, int reserved)
    {
        if (ledgerEntryId <= LedgerEntryId) return false;
        LedgerEntryId = ledgerEntryId;
        OnHand = onHand;
        Reserved = reserved;
        return true;
    }

    /// <summary>The opening quantity in ProductCreated counts only until the first ledger entry arrives.</summary>
    public void ApplyOpeningStock(int onHand)
    {
        if (LedgerEntryId == 0) OnHand = onHand;
    }
}
