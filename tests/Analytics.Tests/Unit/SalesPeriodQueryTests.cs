using QommerceHub.Analytics.Apis;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Analytics.Tests.Unit;

public sealed class SalesPeriodQueryTests
{
    private static readonly DateTimeOffset now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_parameters_the_period_is_the_last_30_days_in_UTC()
    {
        var errors = new FieldErrors();
        var period = SalesPeriodQuery.Read(errors, null, null, null, null, now)!;

        Assert.False(errors.Any);
        Assert.Equal((new DateOnly(2025, 5, 17), new DateOnly(2025, 6, 15), 30, "UTC"), (period.From, period.To, period.WindowDays, period.Zone.Id));
    }

    [Fact]
    public void A_custom_period_has_no_ranking_window()
    {
        var period = SalesPeriodQuery.Read(new FieldErrors(), null, "2025-01-01", "2025-01-31", "Europe/Berlin", now)!;

        Assert.Null(period.WindowDays);
        Assert.Equal(31, period.Days);
        Assert.Equal("Europe/Berlin", period.Zone.Id);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = new FieldErrors();
        Assert.Null(SalesPeriodQuery.Read(errors, null, "yesterday", null, "Nowhere/Special", now));

        Assert.Equal(["tz", "from", "to"], errors.All.Select(e => e.Field));
    }
}
