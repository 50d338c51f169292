using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Model;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.IntegrationEvents.EventHandling;

/// <summary>Keeps the inventory copy current in whatever order events arrive; versions and ledger ids make stale ones harmless.</summary>
public sealed class ProductCreatedConsumer(ReportingDbContext db, ILogger<ProductCreatedConsumer> logger)
    : IdempotentBatchConsumer<ProductCreated, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductCreated> messages, CancellationToken cancellationToken) =>
        ProductEvents.PlaceAllAsync(Db, messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override async Task HandleAsync(ProductCreated message, CancellationToken cancellationToken)
    {
        var item = await ProductEvents.FindOrPlaceAsync(Db, message.TenantId, message.ProductId, cancellationToken);
        item.CreatedAt = message.OccurredAt;
        if (item.LedgerEntryId == 0) item.OnHand = message.QuantityOnHand;
        if (message.Version < item.Version)
        {
            // Later events got here first; they carry no name when they are stock or deletion events.
            if (item.Name.Length == 0) (item.Name, item.Sku) = (message.Name, message.Sku);
            return;
        }
        ProductEvents.Apply(item, message.Name, message.Sku, message.Barcode, message.Price, message.LowStockThreshold, message.Version, message.OccurredAt);
    }
}

public sealed class ProductUpdatedConsumer(ReportingDbContext db, ILogger<ProductUpdatedConsumer> logger)
    : IdempotentBatchConsumer<ProductUpdated, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductUpdated> messages, CancellationToken cancellationToken) =>
        ProductEvents.PlaceAllAsync(Db, messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override async Task HandleAsync(ProductUpdated message, CancellationToken cancellationToken)
    {
        var item = await ProductEvents.FindOrPlaceAsync(Db, message.TenantId, message.ProductId, cancellationToken);
        if (message.Version <= item.Version) return;
        ProductEvents.Apply(item, message.Name, message.Sku, message.Barcode, message.Price, message.LowStockThreshold, message.Version, message.OccurredAt);
    }
}

public sealed class ProductDeletedConsumer(ReportingDbContext db, ILogger<ProductDeletedConsumer> logger)
    : IdempotentBatchConsumer<ProductDeleted, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductDeleted> messages, CancellationToken cancellationToken) =>
        ProductEvents.PlaceAllAsync(Db, messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override async Task HandleAsync(ProductDeleted message, CancellationToken cancellationToken)
    {
        var item = await ProductEvents.FindOrPlaceAsync(Db, message.TenantId, message.ProductId, cancellationToken);
        if (message.Version <= item.Version) return;
        item.IsDeleted = true;
        item.Version = message.Version;
        item.UpdatedAt = message.OccurredAt;
    }
}

public sealed class ProductRestoredConsumer(ReportingDbContext db, ILogger<ProductRestoredConsumer> logger)
    : IdempotentBatchConsumer<ProductRestored, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<ProductRestored> messages, CancellationToken cancellationToken) =>
        ProductEvents.PlaceAllAsync(Db, messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override async Task HandleAsync(ProductRestored message, CancellationToken cancellationToken)
    {
        var item = await ProductEvents.FindOrPlaceAsync(Db, message.TenantId, message.ProductId, cancellationToken);
        if (message.Version <= item.Version) return;
        item.IsDeleted = false;
        item.Version = message.Version;
        item.UpdatedAt = message.OccurredAt;
    }
}

public sealed class StockLevelChangedConsumer(ReportingDbContext db, ILogger<StockLevelChangedConsumer> logger)
    : IdempotentBatchConsumer<StockLevelChanged, ReportingDbContext>(db, logger)
{
    protected override Task PrepareAsync(IReadOnlyList<StockLevelChanged> messages, CancellationToken cancellationToken) =>
        ProductEvents.PlaceAllAsync(Db, messages[0].TenantId, messages.Select(m => m.ProductId), cancellationToken);

    protected override async Task HandleAsync(StockLevelChanged message, CancellationToken cancellationToken)
    {
        var item = await ProductEvents.FindOrPlaceAsync(Db, message.TenantId, message.ProductId, cancellationToken);
        if (message.LedgerEntryId <= item.LedgerEntryId) return;
        item.OnHand = message.QuantityOnHand;
        item.Reserved = message.QuantityReserved;
        item.LedgerEntryId = message.LedgerEntryId;
        if (message.OccurredAt > item.UpdatedAt) item.UpdatedAt = message.OccurredAt;
    }
}

internal static class ProductEvents
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
