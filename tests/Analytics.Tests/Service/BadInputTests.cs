using System.Net;
using QommerceHub.Analytics.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Analytics.Tests.Service;

/// <summary>Bad query parameters answer 400 problem details naming the field, never a 500.</summary>
public sealed class BadInputTests(InfrastructureFixture infrastructure, AnalyticsHost host) : AnalyticsApiTestBase(infrastructure, host)
{
    [Theory]
    [InlineData("days=7&from=2025-01-01&to=2025-01-02", "days", "Use either days or from and to, not both")]
    [InlineData("tz=Mars/Olympus_Mons", "tz", "Time zone must be an IANA name such as Europe/Berlin")]
    [InlineData("from=2025-01-01", "to", "To is required with a custom period")]
    [InlineData("from=01/02/2025&to=2025-01-05", "from", "From must be a date like 2025-01-31")]
    [InlineData("from=2025-02-01&to=2025-01-01", "to", "To must not be before from")]
    [InlineData("from=2024-01-01&to=2025-01-01", "to", "A period can be at most 366 days")]
    [InlineData("from=0001-01-01&to=2025-01-02&tz=Pacific/Kiritimati", "from", "From must be between 1900-01-01 and 2999-12-31")]
    [InlineData("from=2025-12-30&to=9999-12-31&tz=Pacific/Pago_Pago", "to", "To must be between 1900-01-01 and 2999-12-31")]
    [InlineData("from=2025-01-01&to=2025-01-02&tz=Europe%00Berlin", "tz", "tz must not contain control characters or invalid text")]
    public async Task Sales_with_a_bad_period_is_a_field_error(string query, string field, string message)
    {
        var response = await NewStore().Client.GetAsync("/api/analytics/sales?" + query);
        var body = await StoreDriver.JsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation failed", body["error"]!.GetValue<string>());
        var detail = Assert.Single(body["details"]!.AsArray());
        Assert.Equal(field, detail!["field"]!.GetValue<string>());
        Assert.Equal(message, detail["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sales_without_a_token_is_401()
    {
        using var anonymous = Host.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/analytics/sales?days=7")).StatusCode);
    }

    [Fact]
    public async Task A_leap_year_of_366_days_is_a_valid_custom_period()
    {
        var sales = await NewStore().SalesAsync("from=2024-01-01&to=2024-12-31&tz=Asia/Kolkata");

        Assert.Equal(366, sales["period"]!["days"]!.GetValue<int>());
        Assert.Equal(366, sales["salesByDate"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("days=14", 14)]
    [InlineData("days=365", 365)]
    [InlineData("days=366", 30)]
    [InlineData("days=abc", 30)]
    [InlineData("days=-7", 30)]
    [InlineData("days=0", 30)]
    public async Task Days_from_1_to_365_are_read_and_any_other_value_means_30(string query, int days)
    {
        var sales = await NewStore().SalesAsync(query);

        Assert.Equal(days, sales["period"]!["days"]!.GetValue<int>());
        Assert.Equal(days, sales["salesByDate"]!.AsArray().Count);
    }
}
