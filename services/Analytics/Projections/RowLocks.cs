using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Projections;

/// <summary>
/// Loads a replica row locked until the transaction ends, or starts a new one, so two events about the same
/// order, product or customer apply one after the other instead of overwriting each other. Two first events
/// racing to insert the same row make one of them fail on the key and be retried by the bus.
/// </summary>
public sealed class RowLocks(AnalyticsDbContext db, TimeProvider clock)
{
    public async Task<OrderFact> OrderAsync(int tenantId, int orderId, CancellationToken cancellationToken)
    {
        var order = db.Orders.Local.FirstOrDefault(o => o.TenantId == tenantId && o.OrderId == orderId)
            ?? await LoadOrderAsync(tenantId, orderId, cancellationToken);
        order.UpdatedAt = clock.GetUtcNow();
        return order;
    }

    public async Task<ProductReplica> ProductAsync(int tenantId, int productId, CancellationToken cancellationToken) =>
        db.Products.Local.FirstOrDefault(p => p.TenantId == tenantId && p.ProductId == productId)
            ?? await LoadProductAsync(tenantId, productId, cancellationToken);

    public async Task<CustomerReplica> CustomerAsync(int tenantId, int customerId, CancellationToken cancellationToken) =>
        db.Customers.Local.FirstOrDefault(c => c.TenantId == tenantId && c.CustomerId == customerId)
            ?? await LoadCustomerAsync(tenantId, customerId, cancellationToken);

    private async Task<OrderFact> LoadOrderAsync(int tenantId, int orderId, CancellationToken cancellationToken)
    {
        var rows = await db.Orders
            .FromSql($"SELECT * FROM analytics.orders WHERE tenant_id = {tenantId} AND order_id = {orderId} FOR UPDATE")
            .IgnoreQueryFilters()
            .ToListAsync(cancellationToken);
        return rows.SingleOrDefault() ?? db.Orders.Add(new OrderFact { TenantId = tenantId, OrderId = orderId }).Entity;
    }

    private async Task<ProductReplica> LoadProductAsync(int tenantId, int productId, CancellationToken cancellationToken)
    {
        var rows = await db.Products
            .FromSql($"SELECT * FROM analytics.products WHERE tenant_id = {tenantId} AND product_id = {productId} FOR UPDATE")
            .IgnoreQueryFilters()
            .ToListAsync(cancellationToken);
        return rows.SingleOrDefault() ?? db.Products.Add(new ProductReplica { TenantId = tenantId, ProductId = productId }).Entity;
    }

    private async Task<CustomerReplica> LoadCustomerAsync(int tenantId, int customerId, CancellationToken cancellationToken)
    {
        var rows = await db.Customers
            .FromSql($"SELECT * FROM analytics.customers WHERE tenant_id = {tenantId} AND customer_id = {customerId} FOR UPDATE")
            .IgnoreQueryFilters()
            .ToListAsync(cancellationToken);
        return rows.SingleOrDefault() ?? db.Customers.Add(new CustomerReplica { TenantId = tenantId, CustomerId = customerId }).Entity;
    }
}
