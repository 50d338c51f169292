using QommerceHub.Contracts;

namespace QommerceHub.Catalog.Tests.Support;

/// <summary>Request bodies and messages with sensible defaults; a test names only what it is about.</summary>
public static class ItemBuilder
{
    private static int next = Random.Shared.Next(1_000, 1_000_000);

    public static string Sku() => $"SKU-{Interlocked.Increment(ref next)}";

    public static int OrderId() => Interlocked.Increment(ref next);

    public static Dictionary<string, object?> Item(
        string? name = null, string? sku = null, object? quantity = null, object? price = null, string? barcode = null,
        int? threshold = null, int? reorderPoint = null)
    {
        var item = new Dictionary<string, object?>
        {
            ["name"] = name ?? "Blue mug",
            ["sku"] = sku ?? Sku(),
            ["quantity"] = quantity ?? 10,
            ["price"] = price ?? 9.99m,
        };
        if (barcode is not null) item["barcode"] = barcode;
        if (threshold is not null) item["low_stock_threshold"] = threshold;
        if (reorderPoint is not null) item["reorder_point"] = reorderPoint;
        return item;
    }

    public static OrderPlaced OrderPlaced(int tenantId, int orderId, params (int ProductId, int Quantity)[] lines) => new()
    {
        TenantId = tenantId,
        OrderId = orderId,
        CustomerId = 1,
        Lines = lines.Select(l => new OrderLine(l.ProductId, "item", l.Quantity, 9.99m)).ToList(),
        TotalAmount = lines.Sum(l => l.Quantity * 9.99m),
    };

    public static OrderCancelled OrderCancelled(int tenantId, int orderId) =>
        new() { TenantId = tenantId, OrderId = orderId, Reason = "customer request", WasPaid = false };

    public static OrderStatusChanged OrderCompleted(int tenantId, int orderId) =>
        new() { TenantId = tenantId, OrderId = orderId, PreviousStatus = "processing", Status = "completed" };

    /// <summary>A valid EAN-13 code, different on every call.</summary>
    public static string Ean13()
    {
        var body = (100_000_000_000L + Interlocked.Increment(ref next)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return body + Model.Barcode.Gs1CheckDigit(body);
    }
}
