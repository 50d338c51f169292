using Microsoft.EntityFrameworkCore;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>Reporting's copy of the items, found or placed for the product and stock events.</summary>
internal static class InventoryItemRows
{
    /// <summary>
    /// The product's row, or a nameless placeholder (version 0, left out of exports) when an event overtook its
    /// ProductCreated; the versions and ledger ids then decide what each late event may still change.
    /// </summary>
    public static async Task<InventoryItem> FindOrPlaceAsync(ReportingDbContext db, int tenantId, int productId, CancellationToken cancellationToken)
    {
        // Batched events see the rows earlier ones added but have not saved yet.
        var item = db.InventoryItems.Local.FirstOrDefault(i => i.TenantId == tenantId && i.ProductId == productId)
            ?? await db.InventoryItems.FirstOrDefaultAsync(i => i.ProductId == productId, cancellationToken);
        if (item is not null) return item;
        item = new InventoryItem { TenantId = tenantId, ProductId = productId, Name = "", Sku = "" };
        db.InventoryItems.Add(item);
        return item;
    }

    /// <summary>Tracks a batch's rows in one query and places the missing ones, so each event then finds its row locally.</summary>
    public static async Task PlaceAllAsync(ReportingDbContext db, int tenantId, IEnumerable<int> productIds, CancellationToken cancellationToken)
    {
        var ids = productIds.Distinct().ToList();
        var known = (await db.InventoryItems.Where(i => ids.Contains(i.ProductId)).ToListAsync(cancellationToken)).Select(i => i.ProductId).ToHashSet();
        foreach (var id in ids.Where(id => !known.Contains(id)))
            db.InventoryItems.Add(new InventoryItem { TenantId = tenantId, ProductId = id, Name = "", Sku = "" });
    }

    public static void Apply(InventoryItem item, string name, string sku, string? barcode, decimal price, int threshold, long version, DateTimeOffset at)
    {
        item.Name = name;
        item.Sku = sku;
        item.Barcode = barcode;
        item.Price = price;
        item.LowStockThreshold = threshold;
        item.Version = version;
        if (at > item.UpdatedAt) item.UpdatedAt = at;
    }
}
