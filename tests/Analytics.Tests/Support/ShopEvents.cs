using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Tests.Support;

/// <summary>Builds the events one store's Catalog, Orders and Payments would publish.</summary>
public sealed class ShopEvents(int tenantId)
{
    public int TenantId => tenantId;

    public ProductCreated Product(int id, string name, decimal price, int onHand = 20, int threshold = 5, string? sku = null) => new()
    {
        TenantId = tenantId,
        ProductId = id,
        Name = name,
        Sku = sku ?? $"SKU-{id}",
        Price = price,
        QuantityOnHand = onHand,
        LowStockThreshold = threshold,
        Version = 1,
    };

    public ProductUpdated ProductUpdate(int id, string name, decimal price, long version, int threshold = 5) => new()
    {
        TenantId = tenantId, ProductId = id, Name = name, Sku = $"SKU-{id}", Price = price, LowStockThreshold = threshold, Version = version,
    };

    public ProductDeleted ProductDeletion(int id, long version) => new() { TenantId = tenantId, ProductId = id, Version = version };

    public StockLevelChanged Stock(int productId, int onHand, int reserved, long ledgerEntryId) => new()
    {
        TenantId = tenantId, ProductId = productId, QuantityOnHand = onHand, QuantityReserved = reserved, Reason = "adjustment", LedgerEntryId = ledgerEntryId,
    };

    public CustomerCreated Customer(int id, string name) => new() { TenantId = tenantId, CustomerId = id, Name = name, Email = $"c{id}@example.test" };

    public OrderConfirmed Order(int orderId, int customerId, string customerName, DateTimeOffset placedAt, params Line[] lines) => new()
    {
        TenantId = tenantId,
        OrderId = orderId,
        CustomerId = customerId,
        CustomerName = customerName,
        Lines = lines.Select(l => new OrderLine(l.ProductId, l.Name, l.Quantity, l.UnitPrice)).ToList(),
        TotalAmount = lines.Sum(l => l.Quantity * l.UnitPrice),
        PlacedAt = placedAt,
    };

    public OrderStatusChanged Status(int orderId, string previous, string status) =>
        new() { TenantId = tenantId, OrderId = orderId, PreviousStatus = previous, Status = status };

    public OrderCancelled Cancellation(int orderId, bool wasPaid = false) =>
        new() { TenantId = tenantId, OrderId = orderId, Reason = "customer_request", WasPaid = wasPaid };

    public PaymentRefunded Refund(int orderId, decimal totalRefunded, bool fully = false) => new()
    {
        TenantId = tenantId, OrderId = orderId, PaymentIntentId = $"pi_{orderId}", Amount = totalRefunded, TotalRefunded = totalRefunded, FullyRefunded = fully,
    };
}

public sealed record Line(int ProductId, string Name, int Quantity, decimal UnitPrice);
