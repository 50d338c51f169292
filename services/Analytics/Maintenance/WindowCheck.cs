using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Maintenance;

/// <summary>Compares a ranking window's stored totals with the counted orders and lines placed since it starts.</summary>
internal static class WindowCheck
{
    public static async Task CheckAsync(AnalyticsDbContext db, RankingWindow window, List<string> problems, CancellationToken cancellationToken)
    {
        var name = $"window {window.TimeZone}/{window.Days}d";
        var counted = db.Orders.AsNoTracking().Where(o => o.AppliedCounted && o.PlacedAt >= window.StartsAt);

        var products = await (
                from line in db.OrderLines
                join order in counted on new { line.TenantId, line.OrderId } equals new { order.TenantId, order.OrderId }
                group line by line.ProductId into g
                select new { Id = g.Key, Quantity = g.Sum(l => (long)l.Quantity), Revenue = g.Sum(l => l.Quantity * l.UnitPrice) })
            .ToDictionaryAsync(p => p.Id, p => (p.Quantity, p.Revenue), cancellationToken);
        var storedProducts = await db.WindowProductTotals.AsNoTracking()
            .Where(t => t.WindowId == window.Id && (t.Quantity != 0 || t.Revenue != 0m))
            .ToDictionaryAsync(t => t.ProductId, t => (t.Quantity, t.Revenue), cancellationToken);
        Compare($"{name} product", products, storedProducts, problems);

        var customers = await counted
            .GroupBy(o => o.CustomerId!.Value)
            .Select(g => new { Id = g.Key, Orders = (long)g.Count(), Spent = g.Sum(o => o.AppliedRevenue) })
            .ToDictionaryAsync(c => c.Id, c => (c.Orders, c.Spent), cancellationToken);
        var storedCustomers = await db.WindowCustomerTotals.AsNoTracking()
            .Where(t => t.WindowId == window.Id && (t.Orders != 0 || t.Spent != 0m))
            .ToDictionaryAsync(t => t.CustomerId, t => ((long)t.Orders, t.Spent), cancellationToken);
        Compare($"{name} customer", customers, storedCustomers, problems);
    }

    private static void Compare(
        string what, Dictionary<int, (long Count, decimal Amount)> expected, Dictionary<int, (long Count, decimal Amount)> stored, List<string> problems)
    {
        foreach (var id in expected.Keys.Union(stored.Keys).Order())
        {
            var want = expected.GetValueOrDefault(id);
            var have = stored.GetValueOrDefault(id);
            if (want != have) problems.Add($"{what} {id}: holds {have}, orders add up to {want}");
        }
    }
}
