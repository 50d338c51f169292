using QommerceHub.Analytics.Apis.Dtos;
using QommerceHub.Analytics.Model;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Reports;

/// <summary>Adds up sales slices into the dashboard's figures; pure, so the arithmetic is unit-tested without a database.</summary>
public static class SalesSummary
{
    public static RevenueSummary Revenue(IEnumerable<SalesSlice> slices)
    {
        var list = slices as IReadOnlyCollection<SalesSlice> ?? slices.ToList();
        var total = list.Sum(s => s.Revenue);
        var orders = list.Sum(s => s.Orders);
        return new RevenueSummary(total, orders, orders == 0 ? 0m : Money(total / orders));
    }

    public static PeriodComparison Compare(RevenueSummary current, RevenueSummary previous) => new(
        previous.TotalRevenue,
        previous.TotalOrders,
        previous.AvgOrderValue,
        previous.TotalRevenue == 0m ? null : Money((current.TotalRevenue - previous.TotalRevenue) / previous.TotalRevenue * 100m));

    /// <summary>One entry per local date of the period, days without sales included.</summary>
    public static IReadOnlyList<DailySales> ByDate(IEnumerable<SalesSlice> slices, ReportPeriod period)
    {
        var days = slices
            .GroupBy(s => LocalDays.DateOf(s.At, period.Zone))
            .ToDictionary(g => g.Key, g => (Revenue: g.Sum(s => s.Revenue), Orders: g.Sum(s => s.Orders)));
        return period.Dates
            .Select(date => days.TryGetValue(date, out var day) ? new DailySales(date, day.Orders, day.Revenue) : new DailySales(date, 0, 0m))
            .ToList();
    }

    /// <summary>Orders placed in the period by their current status, every seed status listed.</summary>
    public static IReadOnlyList<StatusCount> ByStatus(IEnumerable<SalesSlice> slices)
    {
        var list = slices as IReadOnlyCollection<SalesSlice> ?? slices.ToList();
        return
        [
            new StatusCount(OrderStatuses.Pending, list.Sum(s => s.Pending)),
            new StatusCount(OrderStatuses.Processing, list.Sum(s => s.Processing)),
            new StatusCount(OrderStatuses.Completed, list.Sum(s => s.Completed)),
            new StatusCount(OrderStatuses.Cancelled, list.Sum(s => s.Cancelled)),
        ];
    }

    private static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
