using System.Data;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Analytics.Apis.Dtos;
using QommerceHub.Analytics.Infrastructure;
using QommerceHub.Analytics.Model;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Analytics.Reports;

/// <summary>
/// Builds the sales dashboard from the aggregates: buckets for totals, dates and statuses (this period and
/// the one before), ranking windows or order facts for the top lists, the product replica for low stock.
/// </summary>
public sealed class SalesReports(
    AnalyticsDbContext db, TenantContext tenant, SalesSlices slices, TopLists topLists, RecentOrders recentOrders, RankingWindows windows,
    InventoryFigures inventory)
{
    public async Task<SalesReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        // One connection for the whole report: the tenant is set on it once.
        await db.Database.OpenConnectionAsync(cancellationToken);
        long? windowId = period.WindowDays is null ? null : await windows.CurrentAsync(tenant.Id, period, cancellationToken);

        // One snapshot, so totals, lists and the window agree even while events keep arriving.
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var both = period with { From = period.Previous.From, WindowDays = null };
        var all = await slices.ReadAsync(both, cancellationToken);
        var current = all.Where(s => s.At >= period.Start).ToList();
        var revenue = SalesSummary.Revenue(current);

        var topProducts = windowId is { } productWindow
            ? await topLists.ProductsAsync(productWindow, cancellationToken)
            : await topLists.ProductsAsync(period.Start, period.End, cancellationToken);
        var topCustomers = windowId is { } customerWindow
            ? await topLists.CustomersAsync(customerWindow, cancellationToken)
            : await topLists.CustomersAsync(period.Start, period.End, cancellationToken);
        var lowStock = await inventory.LowStockAsync(cancellationToken);
        var recent = await recentOrders.ReadAsync(period.Start, period.End, cancellationToken);
        await snapshot.CommitAsync(cancellationToken);

        return new SalesReport(
            revenue,
            SalesSummary.ByDate(current, period),
            topProducts,
            SalesSummary.ByStatus(current),
            lowStock,
            topCustomers,
            recent,
            new PeriodInfo(period.From, period.To, period.Days, period.Zone.Id),
            SalesSummary.Compare(revenue, SalesSummary.Revenue(all.Where(s => s.At < period.Start))));
    }
}
