using QommerceHub.Reporting.Exports;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Reporting.Tests.Unit;

public sealed class ReportPeriodTests
{
    [Fact]
    public void Days_include_the_whole_of_both_ends()
    {
        var period = ReportPeriod.Read("2026-02-01", "2026-03-31", new FieldErrors())!;

        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), period.Until);
    }

    [Fact]
    public void Instants_are_taken_as_given_and_missing_ends_are_open()
    {
        var period = ReportPeriod.Read("2026-02-01T12:30:00+02:00", null, new FieldErrors())!;

        Assert.Equal(new DateTimeOffset(2026, 2, 1, 10, 30, 0, TimeSpan.Zero), period.From);
        Assert.Equal(DateTimeOffset.MaxValue, period.Until);
    }

    [Theory]
    [InlineData("2026-13-01", null, "from")]
    [InlineData("yesterday", null, "from")]
    [InlineData(null, "31/03/2026", "to")]
    [InlineData("2026-03-02", "2026-03-01", "to")]
    [InlineData("0001-01-01", null, "from")]
    [InlineData(null, "9999-12-31", "to")]
    [InlineData("0001-01-01T00:00:00+01:00", null, "from")]
    public void Bad_ranges_are_field_errors(string? from, string? to, string field)
    {
        var errors = new FieldErrors();

        Assert.Null(ReportPeriod.Read(from, to, errors));
        Assert.Equal(field, Assert.Single(errors.All).Field);
    }

    [Fact]
    public void One_day_is_a_valid_range() =>
        Assert.NotNull(ReportPeriod.Read("2026-03-01", "2026-03-01", new FieldErrors()));
}
