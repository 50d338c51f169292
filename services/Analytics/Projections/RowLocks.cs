using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Projections;

/// <summary>
/// Loads a replica row locked until the transaction ends, or starts a new one, so two events about the same
/// order, product or customer apply one after the other instead of overwriting each other. Two first events
/// racing to insert the same row make one of them fail on the key and be retried by the bus. A replay page
/// preloads all its rows in three queries instead of one per event.
/// </summary>
public sealed class RowLocks(AnalyticsDbContext db, TimeProvider clock)
{
    private readonly HashSet<int> absentOrders = [];
    private readonly HashSet<int> absentProducts = [];
    private readonly HashSet<int> absentCustomers = [];

    public async Task<OrderFact> OrderAsync(int tenantId, int orderId, CancellationToken cancellationToken)
    {
        var order = db.Orders.Local.FirstOrDefault(o => o.TenantId == tenantId && o.OrderId == orderId)
            ?? (absentOrders.Remove(orderId) ? null : (await LoadOrdersAsync(tenantId, [orderId], cancellationToken)).SingleOrDefault())
            ?? db.Orders.Add(new OrderFact { TenantId = tenantId, OrderId = orderId }).Entity;
        order.UpdatedAt = clock.GetUtcNow();
        return order;
    }

    public async Task<ProductReplica> ProductAsync(int tenantId, int productId, CancellationToken cancellationToken) =>
        db.Products.Local.FirstOrDefault(p => p.TenantId == tenantId && p.ProductId == productId)
            ?? (absentProducts.Remove(productId) ? null : (await LoadProductsAsync(tenantId, [productId], cancellationToken)).SingleOrDefault())
            ?? db.Products.Add(new ProductReplica { TenantId = tenantId, ProductId = productId }).Entity;

    public async Task<CustomerReplica> CustomerAsync(int tenantId, int customerId, CancellationToken cancellationToken) =>
        db.Customers.Local.FirstOrDefault(c => c.TenantId == tenantId && c.CustomerId == customerId)
            ?? (absentCustomers.Remove(customerId) ? null : (await LoadCustomersAsync(tenantId, [customerId], cancellationToken)).SingleOrDefault())
            ?? db.Customers.Add(new CustomerReplica { TenantId = tenantId, CustomerId = customerId }).Entity;

    /// <summary>Locks and tracks the rows a page of replayed events or a batch of consumed ones will touch, and remembers which do not exist yet.</summary>
    public async Task PreloadAsync(int tenantId, int[] orderIds, int[] productIds, int[] customerIds, CancellationToken cancellationToken)
    {
        // A kind of row the page does not touch costs no query.
        if (orderIds.Length > 0)
        {
            var orders = await LoadOrdersAsync(tenantId, orderIds, cancellationToken);
            absentOrders.UnionWith(orderIds.Except(orders.Select(o => o.OrderId)));
        }
        if (productIds.Length > 0)
        {
            var products = await LoadProductsAsync(tenantId, productIds, cancellationToken);
            absentProducts.UnionWith(productIds.Except(products.Select(p => p.ProductId)));
        }
        if (customerIds.Length > 0)
        {
            var customers = await LoadCustomersAsync(tenantId, customerIds, cancellationToken);
            absentCustomers.UnionWith(customerIds.Except(customers.Select(c => c.CustomerId)));
        }
    }

    private Task<List<OrderFact>> LoadOrdersAsync(int tenantId, int[] ids, CancellationToken cancellationToken) =>
        db.Orders.FromSql($"SELECT * FROM analytics.orders WHERE tenant_id = {tenantId} AND order_id = ANY({ids}) ORDER BY order_id FOR UPDATE")
            .IgnoreQueryFilters().ToListAsync(cancellationToken);

    private Task<List<ProductReplica>> LoadProductsAsync(int tenantId, int[] ids, CancellationToken cancellationToken) =>
        db.Products.FromSql($"SELECT * FROM analytics.products WHERE tenant_id = {tenantId} AND product_id = ANY({ids}) ORDER BY product_id FOR UPDATE")
            .IgnoreQueryFilters().ToListAsync(cancellationToken);

    private Task<List<CustomerReplica>> LoadCustomersAsync(int tenantId, int[] ids, CancellationToken cancellationToken) =>
        db.Customers.FromSql($"SELECT * FROM analytics.customers WHERE tenant_id = {tenantId} AND customer_id = ANY({ids}) ORDER BY customer_id FOR UPDATE")
            .IgnoreQueryFilters().ToListAsync(cancellationToken);
}
