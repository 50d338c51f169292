using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Catalog.Model;

/// <summary>An inventory item of one store: what it is, what it costs and how much of it there is.</summary>
public sealed class Product : ITenantOwned
{
    public const int DefaultLowStockThreshold = 10;

    public int Id { get; private set; }
    public int TenantId { get; init; }
    public required string Name { get; set; }
    public required string Sku { get; set; }
    public string? Description { get; set; }
    public string? Category { get; set; }
    public string? Barcode { get; private set; }
    public string? BarcodeFormat { get; private set; }
    /// <summary>Barcode in the form used for uniqueness and scanner look-ups (UPC-A as its EAN-13 twin).</summary>
    public string? BarcodeKey { get; private set; }
    public decimal Price { get; set; }
    public int OnHand { get; private set; }
    public int Reserved { get; private set; }
    public int LowStockThreshold { get; set; } = DefaultLowStockThreshold;
    public int ReorderPoint { get; set; } = DefaultLowStockThreshold;
    public string? ImageFile { get; private set; }
    public string? ThumbnailFile { get; private set; }
    public bool IsDeleted { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Bumped on every change; the ETag, the optimistic-concurrency token and the events' ordering.</summary>
    public long Version { get; private set; } = 1;

    public StockLevel Stock => new(OnHand, Reserved);
    public int Available => OnHand - Reserved;
    public bool IsLowStock => !IsDeleted && LowStockRule.IsLow(Available, LowStockThreshold);
    public bool NeedsReorder => !IsDeleted && Available <= ReorderPoint;

    /// <summary>A new item with its opening stock, and the ledger row that records that stock.</summary>
    public static (Product Product, StockLedgerEntry Opening) Open(ProductDraft draft, int tenantId, string reason, string actor, DateTimeOffset at)
    {
        var product = new Product
        {
            TenantId = tenantId,
            Name = draft.Name,
            Sku = draft.Sku,
            Description = draft.Description,
            Category = draft.Category,
            Price = draft.Price,
            LowStockThreshold = draft.LowStockThreshold,
            ReorderPoint = draft.ReorderPoint,
            CreatedAt = at,
            UpdatedAt = at,
            Version = 0,
        };
        product.SetBarcode(draft.Barcode);
        var opening = product.Apply(StockMovement.Opening(draft.Quantity, reason, actor), at);
        return (product, opening);
    }

    /// <summary>Applies the changed details (not stock); true when anything changed.</summary>
    public bool Revise(ProductRevision revision, DateTimeOffset at)
    {
        var before = (Name, Sku, Description, Category, Price, Barcode, BarcodeFormat, LowStockThreshold, ReorderPoint);
        Name = revision.Name ?? Name;
        Sku = revision.Sku ?? Sku;
        // An empty text clears the field; absent leaves it.
        if (revision.Description is not null) Description = ProductDraft.NullIfBlank(revision.Description);
        if (revision.Category is not null) Category = ProductDraft.NullIfBlank(revision.Category);
        Price = revision.Price ?? Price;
        LowStockThreshold = revision.LowStockThreshold ?? LowStockThreshold;
        ReorderPoint = revision.ReorderPoint ?? ReorderPoint;
        if (revision.Barcode is not null || revision.RemoveBarcode) SetBarcode(revision.Barcode);
        if (before == (Name, Sku, Description, Category, Price, Barcode, BarcodeFormat, LowStockThreshold, ReorderPoint)) return false;
        Touch(at);
        return true;
    }

    public void SetBarcode(Barcode? barcode)
    {
        Barcode = barcode?.Value;
        BarcodeFormat = barcode?.FormatName;
        BarcodeKey = barcode?.LookupKey;
    }

    /// <summary>Why the movement cannot be applied, or null when it can.</summary>
    public string? CheckMovement(StockMovement movement) =>
        Stock.After(movement.OnHandChange, movement.ReservedChange).Problem;

    /// <summary>Applies a movement and returns the ledger row that records it.</summary>
    public StockLedgerEntry Apply(StockMovement movement, DateTimeOffset at)
    {
        var (next, problem) = Stock.After(movement.OnHandChange, movement.ReservedChange);
        if (problem is not null) throw new InvalidOperationException(problem);
        OnHand = next.OnHand;
        Reserved = next.Reserved;
        Touch(at);
        return new StockLedgerEntry
        {
            TenantId = TenantId,
            ProductId = Id,
            Product = Id == 0 ? this : null,
            Change = movement.OnHandChange,
            ReservedChange = movement.ReservedChange,
            ResultingOnHand = OnHand,
            ResultingReserved = Reserved,
            Reason = movement.Reason,
            Reference = movement.Reference,
            Actor = movement.Actor,
            CreatedAt = at,
        };
    }

    public void ReplaceImage(string imageFile, string thumbnailFile, DateTimeOffset at)
    {
        ImageFile = imageFile;
        ThumbnailFile = thumbnailFile;
        Touch(at);
    }

    public void Delete(DateTimeOffset at)
    {
        IsDeleted = true;
        Touch(at);
    }

    public void Restore(DateTimeOffset at)
    {
        IsDeleted = false;
        Touch(at);
    }

    public void Touch(DateTimeOffset at)
    {
        UpdatedAt = at;
        Version++;
    }
}
