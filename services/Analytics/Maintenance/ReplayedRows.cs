using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Maintenance;

/// <summary>The orders, products and customers a page of logged events is about, so the replay can lock them at once.</summary>
public static class ReplayedRows
{
    public static int[] Orders(IEnumerable<IntegrationEvent> events) => events.Select(e => e switch
    {
        OrderConfirmed m => m.OrderId,
        OrderStatusChanged m => m.OrderId,
        OrderCancelled m => m.OrderId,
        PaymentRefunded m => m.OrderId,
        _ => (int?)null,
    }).OfType<int>().Distinct().ToArray();

    public static int[] Products(IEnumerable<IntegrationEvent> events) => events.Select(e => e switch
    {
        ProductCreated m => m.ProductId,
        ProductUpdated m => m.ProductId,
        ProductDeleted m => m.ProductId,
        ProductRestored m => m.ProductId,
        StockLevelChanged m => m.ProductId,
        LowStockDetected m => m.ProductId,
        _ => (int?)null,
    }).OfType<int>().Distinct().ToArray();

    public static int[] Customers(IEnumerable<IntegrationEvent> events) => events.Select(e => e switch
    {
        CustomerCreated m => m.CustomerId,
        CustomerUpdated m => m.CustomerId,
        CustomerDeleted m => m.CustomerId,
        _ => (int?)null,
    }).OfType<int>().Distinct().ToArray();
}
