using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Apis.Dtos;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Reports;

/// <summary>Inventory statistics from the product replica: active items Catalog has described, by sellable (available) units.</summary>
public sealed class InventoryFigures(AnalyticsDbContext db)
{
    public const int LowStockListed = 50;

    private IQueryable<ProductReplica> ActiveItems =>
        db.Products.AsNoTracking().Where(p => p.DetailsVersion > 0 && !p.IsDeleted);

    public async Task<InventoryReport> ReportAsync(CancellationToken cancellationToken)
    {
        var stats = await ActiveItems
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Items = g.Count(),
                Quantity = g.Sum(p => (long)(p.OnHand - p.Reserved)),
                Value = g.Sum(p => (p.OnHand - p.Reserved) * p.Price),
                Low = g.Count(p => p.OnHand - p.Reserved <= p.LowStockThreshold),
                Out = g.Count(p => p.OnHand - p.Reserved <= 0),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var lowStock = await LowStockAsync(cancellationToken);
        return stats is null
            ? new InventoryReport(0, 0, 0m, 0, 0, lowStock)
            : new InventoryReport(stats.Items, stats.Quantity, stats.Value, stats.Low, stats.Out, lowStock);
    }

    /// <summary>The items closest to running out first.</summary>
    public async Task<IReadOnlyList<LowStockItem>> LowStockAsync(CancellationToken cancellationToken) =>
        await ActiveItems
            .Where(p => p.OnHand - p.Reserved <= p.LowStockThreshold)
            .OrderBy(p => p.OnHand - p.Reserved).ThenBy(p => p.ProductId)
            .Take(LowStockListed)
            .Select(p => new LowStockItem(p.ProductId, p.Name, p.Sku, p.OnHand - p.Reserved, p.Price, p.LowStockThreshold))
            .ToListAsync(cancellationToken);
}
