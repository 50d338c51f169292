using QommerceHub.Analytics.Tests.Support;
using QommerceHub.Testing;
using static QommerceHub.Analytics.Tests.Support.SalesJson;

namespace QommerceHub.Analytics.Tests.Service;

/// <summary>
/// "The last N days" ranks from a maintained window. It must always agree with ranking the same days from the
/// orders, also after the day changes and when late events touch orders inside or outside it.
/// </summary>
public sealed class RankingWindowTests(InfrastructureFixture infrastructure, AnalyticsHost host) : AnalyticsApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task The_window_rolls_forward_when_the_day_changes()
    {
        var store = NewStore();
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime);
        var e = store.Events;
        await store.PublishAsync(
            e.Order(1, 1, "Ada", On(today.AddDays(-6), 0, 30), new Line(1, "Old favourite", 10, 5.00m)),
            e.Order(2, 2, "Ben", On(today.AddDays(-1), 10, 0), new Line(2, "Newcomer", 1, 30.00m)),
            e.Order(3, 3, "Cy", On(today.AddDays(-8), 12, 0), new Line(3, "Long ago", 1, 100.00m)));

        var before = await store.SalesAsync("days=7");
        Assert.Equal(["1 Old favourite 10 50.00", "2 Newcomer 1 30.00"], Products(before));
        Assert.Equal(["1 Ada 1 50.00", "2 Ben 1 30.00"], Customers(before));

        Host.Clock.SetUtcNow(Host.Clock.GetUtcNow().AddDays(1));
        var after = await store.SalesAsync("days=7");
        Assert.Equal(today.AddDays(-5).ToString("yyyy-MM-dd", null), after["period"]!["from"]!.GetValue<string>());
        Assert.Equal(["2 Newcomer 1 30.00"], Products(after));
        Assert.Equal(["2 Ben 1 30.00"], Customers(after));
        AssertRevenue(after["revenue"]!, 30.00m, 1, 30.00m);
    }

    [Fact]
    public async Task Late_events_move_the_window_like_the_orders()
    {
        var store = NewStore();
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime);
        var e = store.Events;
        await store.PublishAsync(
            e.Order(1, 1, "Ada", On(today.AddDays(-2), 9, 0), new Line(1, "Soup", 2, 6.00m)),
            e.Order(2, 2, "Ben", On(today.AddDays(-3), 9, 0), new Line(2, "Salad", 1, 8.00m), new Line(1, "Soup", 1, 6.00m)));
        Assert.Equal(["1 Soup 3 18.00", "2 Salad 1 8.00"], Products(await store.SalesAsync("days=7")));

        await store.PublishAsync(
            e.Cancellation(1),
            e.Refund(2, 4.00m),
            e.Order(3, 3, "Cy", On(today.AddDays(-40), 9, 0), new Line(2, "Salad", 9, 8.00m)),
            e.Order(4, 1, "Ada", On(today.AddDays(-1), 9, 0), new Line(2, "Salad", 2, 8.00m)));

        var windowed = await store.SalesAsync("days=7");
        Assert.Equal(["2 Salad 3 24.00", "1 Soup 1 6.00"], Products(windowed));
        Assert.Equal(["1 Ada 1 16.00", "2 Ben 1 10.00"], Customers(windowed));
        var fromOrders = await store.SalesAsync($"from={today.AddDays(-6):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        Assert.Equal(Products(fromOrders), Products(windowed));
        Assert.Equal(Customers(fromOrders), Customers(windowed));
    }

    [Fact]
    public async Task Each_time_zone_has_its_own_window_matching_its_local_days()
    {
        var store = NewStore();
        var now = Host.Clock.GetUtcNow();
        var e = store.Events;
        var events = Enumerable.Range(1, 12)
            .Select(i => e.Order(i, i % 4 + 1, $"Customer {i % 4 + 1}", now.AddHours(-15 * i), new Line(i % 5 + 1, $"Product {i % 5 + 1}", i, 1.25m * i)))
            .ToArray();
        await store.PublishAsync(events);

        foreach (var tz in new[] { "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kathmandu" })
        {
            var windowed = await store.SalesAsync($"days=7&tz={tz}");
            var from = windowed["period"]!["from"]!.GetValue<string>();
            var to = windowed["period"]!["to"]!.GetValue<string>();
            var fromOrders = await store.SalesAsync($"from={from}&to={to}&tz={tz}");
            Assert.Equal(Products(fromOrders), Products(windowed));
            Assert.Equal(Customers(fromOrders), Customers(windowed));
            Assert.Equal(Days(fromOrders), Days(windowed));
        }
    }

    private static DateTimeOffset On(DateOnly date, int hour, int minute) =>
        new(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);
}
