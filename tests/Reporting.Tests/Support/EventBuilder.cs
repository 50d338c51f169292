using QommerceHub.Contracts;

namespace QommerceHub.Reporting.Tests.Support;

/// <summary>Events shaped as Orders, Catalog and Payments publish them.</summary>
public static class EventBuilder
{
    private static int nextId = 1000;

    public static int NextId() => Interlocked.Increment(ref nextId);

    public static OrderConfirmed OrderConfirmed(
        int tenantId, int orderId, string customerName = "Ada Lovelace", DateTimeOffset? placedAt = null, int customerId = 7,
        params OrderLine[] lines)
    {
        lines = lines.Length > 0 ? lines : [new OrderLine(1, "Walnut desk lamp", 2, 12.50m), new OrderLine(2, "Linen notebook", 1, 2.50m)];
        return new OrderConfirmed
        {
            TenantId = tenantId,
            OrderId = orderId,
            CustomerId = customerId,
            CustomerName = customerName,
            CustomerEmail = "ada@example.test",
            CustomerAddress = "12 Analytical Row\nLondon",
            Lines = lines,
            TotalAmount = lines.Sum(l => l.Quantity * l.UnitPrice),
            Currency = "USD",
            PlacedAt = placedAt ?? DateTimeOffset.UtcNow,
        };
    }

    public static StoreSettingsChanged StoreSettings(int tenantId, string storeName) => new()
    {
        TenantId = tenantId,
        StoreName = storeName,
        OwnerEmail = "owner@example.test",
        PrimaryColor = "#aa3300",
        AccentColor = "#22aa88",
        TextColor = "#111111",
        BackgroundColor = "#ffffff",
    };

    public static ProductCreated Product(int tenantId, int productId, string name, int quantity, decimal price, int threshold = 5) => new()
    {
        TenantId = tenantId,
        ProductId = productId,
        Name = name,
        Sku = $"SKU-{productId}",
        Price = price,
        QuantityOnHand = quantity,
        LowStockThreshold = threshold,
        Version = 1,
    };

    public static CustomerCreated Customer(int tenantId, int customerId, string name, string? email = null) => new()
    {
        TenantId = tenantId,
        CustomerId = customerId,
        Name = name,
        Email = email ?? $"customer{customerId}@example.test",
        Phone = "+44 20 7946 0000",
        Address = "1 High Street",
    };
}
