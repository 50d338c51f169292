using QommerceHub.Analytics.Model;

namespace QommerceHub.Analytics.Tests.Unit;

public sealed class ReportPeriodTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void The_last_7_days_end_today_in_the_zone()
    {
        // 02:00 UTC on the 10th is still the 9th in New York.
        var period = ReportPeriod.LastDays(7, Zone("America/New_York"), Utc(2025, 1, 10, 2));

        Assert.Equal(new DateOnly(2025, 1, 3), period.From);
        Assert.Equal(new DateOnly(2025, 1, 9), period.To);
        Assert.Equal(Utc(2025, 1, 3, 5), period.Start);
        Assert.Equal(Utc(2025, 1, 10, 5), period.End);
    }

    [Fact]
    public void The_previous_period_has_the_same_number_of_days()
    {
        var period = new ReportPeriod(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), TimeZoneInfo.Utc);

        Assert.Equal(new ReportPeriod(new DateOnly(2025, 1, 29), new DateOnly(2025, 2, 28), TimeZoneInfo.Utc), period.Previous);
        Assert.Equal(31, period.Previous.Days);
    }

    [Fact]
    public void A_day_with_a_daylight_saving_change_is_23_or_25_hours_long()
    {
        var berlin = Zone("Europe/Berlin");
        var spring = new ReportPeriod(new DateOnly(2025, 3, 30), new DateOnly(2025, 3, 30), berlin);
        var autumn = new ReportPeriod(new DateOnly(2025, 10, 26), new DateOnly(2025, 10, 26), berlin);

        Assert.Equal(TimeSpan.FromHours(23), spring.End - spring.Start);
        Assert.Equal(TimeSpan.FromHours(25), autumn.End - autumn.Start);
    }

    [Fact]
    public void A_day_whose_midnight_falls_in_a_gap_starts_when_the_gap_ends()
    {
        // Santiago moved its clocks from 00:00 to 01:00 on 7 September 2025.
        var start = LocalDays.StartOf(new DateOnly(2025, 9, 7), Zone("America/Santiago"));

        Assert.Equal(Utc(2025, 9, 7, 4), start);
        Assert.Equal(new DateOnly(2025, 9, 7), LocalDays.DateOf(start, Zone("America/Santiago")));
        Assert.Equal(new DateOnly(2025, 9, 6), LocalDays.DateOf(start.AddTicks(-1), Zone("America/Santiago")));
    }

    [Theory]
    [InlineData("UTC", 60)]
    [InlineData("America/New_York", 60)]
    [InlineData("Asia/Kolkata", 15)]
    [InlineData("Asia/Kathmandu", 15)]
    [InlineData("Australia/Lord_Howe", 15)]
    [InlineData("America/St_Johns", 15)]
    public void Days_add_up_from_the_coarsest_buckets_their_boundaries_fall_on(string zone, int width)
    {
        var year = new ReportPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), Zone(zone));

        Assert.Equal(width, year.BucketWidth());
    }

    [Fact]
    public void A_zone_with_an_odd_offset_has_no_bucket_width()
    {
        var odd = TimeZoneInfo.CreateCustomTimeZone("Odd", TimeSpan.FromMinutes(20), "Odd", "Odd");

        Assert.Null(new ReportPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 2), odd).BucketWidth());
    }

    [Fact]
    public void Buckets_are_quarter_hours_and_hours_of_UTC()
    {
        var instant = new DateTimeOffset(2025, 1, 14, 0, 29, 59, TimeSpan.FromHours(-5));

        Assert.Equal(Utc(2025, 1, 14, 5, 15), SalesBucket.StartOf(instant, SalesBucket.QuarterHour));
        Assert.Equal(Utc(2025, 1, 14, 5), SalesBucket.StartOf(instant, SalesBucket.Hour));
        Assert.True(SalesBucket.IsBoundary(Utc(2025, 1, 14, 5, 45), SalesBucket.QuarterHour));
        Assert.False(SalesBucket.IsBoundary(Utc(2025, 1, 14, 5, 45), SalesBucket.Hour));
        Assert.False(SalesBucket.IsBoundary(Utc(2025, 1, 14, 5, 50), SalesBucket.QuarterHour));
    }
}
