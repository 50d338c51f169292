using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Apis.Dtos;
using QommerceHub.Analytics.Infrastructure;

namespace QommerceHub.Analytics.Reports;

/// <summary>
/// The ten best-selling products and best customers: an index read from a ranking window for "the last N
/// days", or a grouping over the counted orders of a custom period. Ties go to the lower id.
/// </summary>
public sealed class TopLists(AnalyticsDbContext db)
{
    public const int Size = 10;

    public async Task<IReadOnlyList<TopProduct>> ProductsAsync(long windowId, CancellationToken cancellationToken)
    {
        return await db.WindowProductTotals.AsNoTracking()
            .Where(t => t.WindowId == windowId && t.Quantity > 0)
            .OrderByDescending(t => t.Revenue).ThenBy(t => t.ProductId)
            .Take(Size)
            .Select(t => new TopProduct(
                t.ProductId,
                db.Products.Where(p => p.ProductId == t.ProductId).Select(p => p.Name).FirstOrDefault() ?? "",
                db.Products.Where(p => p.ProductId == t.ProductId).Select(p => p.Sku).FirstOrDefault() ?? "",
                t.Quantity, t.Revenue))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TopProduct>> ProductsAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var rows = await (
                from line in db.OrderLines
                join order in db.Orders on new { line.TenantId, line.OrderId } equals new { order.TenantId, order.OrderId }
                where order.AppliedCounted && order.PlacedAt >= start && order.PlacedAt < end
                group line by line.ProductId into product
                select new { ProductId = product.Key, Quantity = product.Sum(l => (long)l.Quantity), Revenue = product.Sum(l => l.Quantity * l.UnitPrice) })
            .OrderByDescending(r => r.Revenue).ThenBy(r => r.ProductId)
            .Take(Size)
            .ToListAsync(cancellationToken);
        var names = await ProductNamesAsync(rows.Select(r => r.ProductId), cancellationToken);
        return rows.Select(r =>
        {
            var (name, sku) = names.GetValueOrDefault(r.ProductId, ("", ""));
            return new TopProduct(r.ProductId, name, sku, r.Quantity, r.Revenue);
        }).ToList();
    }

    public async Task<IReadOnlyList<TopCustomer>> CustomersAsync(long windowId, CancellationToken cancellationToken)
    {
        return await db.WindowCustomerTotals.AsNoTracking()
            .Where(t => t.WindowId == windowId && t.Orders > 0)
            .OrderByDescending(t => t.Spent).ThenBy(t => t.CustomerId)
            .Take(Size)
            .Select(t => new TopCustomer(
                t.CustomerId,
                db.Customers.Where(c => c.CustomerId == t.CustomerId).Select(c => c.Name).FirstOrDefault() ?? "",
                db.Customers.Where(c => c.CustomerId == t.CustomerId).Select(c => c.Email).FirstOrDefault(),
                t.Orders, t.Spent))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TopCustomer>> CustomersAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var rows = await db.Orders.AsNoTracking()
            .Where(o => o.AppliedCounted && o.PlacedAt >= start && o.PlacedAt < end)
            .GroupBy(o => o.CustomerId!.Value)
            .Select(g => new { CustomerId = g.Key, Orders = g.Count(), Spent = g.Sum(o => o.AppliedRevenue) })
            .OrderByDescending(r => r.Spent).ThenBy(r => r.CustomerId)
            .Take(Size)
            .ToListAsync(cancellationToken);
        var names = await CustomerNamesAsync(rows.Select(r => r.CustomerId), cancellationToken);
        return rows.Select(r =>
        {
            var (name, email) = names.GetValueOrDefault(r.CustomerId, ("", null));
            return new TopCustomer(r.CustomerId, name, email, r.Orders, r.Spent);
        }).ToList();
    }

    private async Task<Dictionary<int, (string Name, string Sku)>> ProductNamesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        var rows = await db.Products.AsNoTracking().Where(p => wanted.Contains(p.ProductId))
            .Select(p => new { p.ProductId, p.Name, p.Sku }).ToListAsync(cancellationToken);
        return rows.ToDictionary(p => p.ProductId, p => (p.Name, p.Sku));
    }

    private async Task<Dictionary<int, (string Name, string? Email)>> CustomerNamesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        var rows = await db.Customers.AsNoTracking().Where(c => wanted.Contains(c.CustomerId))
            .Select(c => new { c.CustomerId, c.Name, c.Email }).ToListAsync(cancellationToken);
        return rows.ToDictionary(c => c.CustomerId, c => (c.Name, c.Email));
    }
}
