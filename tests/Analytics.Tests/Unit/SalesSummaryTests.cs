using QommerceHub.Analytics.Apis.Dtos;
using QommerceHub.Analytics.Model;
using QommerceHub.Analytics.Reports;
using QommerceHub.Contracts;

namespace QommerceHub.Analytics.Tests.Unit;

public sealed class SalesSummaryTests
{
    private static SalesSlice Slice(string at, decimal revenue, int orders, int pending = 0, int cancelled = 0) =>
        new(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), revenue, orders, pending, 0, 0, cancelled);

    [Fact]
    public void Average_order_value_is_rounded_to_cents_and_zero_without_orders()
    {
        var revenue = SalesSummary.Revenue([Slice("2025-01-01T10:00Z", 10m, 1), Slice("2025-01-01T11:00Z", 10m, 2)]);

        Assert.Equal(20m, revenue.TotalRevenue);
        Assert.Equal(3, revenue.TotalOrders);
        Assert.Equal(6.67m, revenue.AvgOrderValue);
        Assert.Equal(0m, SalesSummary.Revenue([]).AvgOrderValue);
    }

    [Fact]
    public void Change_percent_compares_with_the_previous_period_and_is_null_without_previous_revenue()
    {
        var current = SalesSummary.Revenue([Slice("2025-01-02T10:00Z", 158m, 4)]);
        var previous = SalesSummary.Revenue([Slice("2025-01-01T10:00Z", 105m, 2)]);

        Assert.Equal(50.48m, SalesSummary.Compare(current, previous).ChangePercent);
        Assert.Equal(-33.54m, SalesSummary.Compare(previous, current).ChangePercent);
        Assert.Null(SalesSummary.Compare(current, SalesSummary.Revenue([])).ChangePercent);
    }

    [Fact]
    public void Sales_by_date_lists_every_local_date_of_the_period()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var period = new ReportPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 3), tokyo);

        // 14:45 UTC on 31 December is still the 31st in Tokyo; 15:00 UTC is midnight of the 1st.
        var days = SalesSummary.ByDate([Slice("2024-12-31T14:45Z", 5m, 1), Slice("2024-12-31T15:00Z", 7m, 1), Slice("2025-01-02T16:00Z", 2m, 1)], period);

        DailySales[] expected =
        [
            new(new DateOnly(2025, 1, 1), 1, 7m),
            new(new DateOnly(2025, 1, 2), 0, 0m),
            new(new DateOnly(2025, 1, 3), 1, 2m),
        ];
        Assert.Equal(expected, days);
    }

    [Fact]
    public void Orders_by_status_lists_every_seed_status_in_order()
    {
        var statuses = SalesSummary.ByStatus([Slice("2025-01-01T10:00Z", 0m, 0, cancelled: 1), Slice("2025-01-01T11:00Z", 3m, 1, pending: 1)]);

        Assert.Equal(["pending:1", "processing:0", "completed:0", "cancelled:1"], statuses.Select(s => $"{s.Status}:{s.Count}"));
        Assert.Equal(OrderStatuses.All, statuses.Select(s => s.Status));
    }
}
