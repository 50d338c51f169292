using QommerceHub.Analytics.Tests.Support;
using QommerceHub.Testing;
using static QommerceHub.Analytics.Tests.Support.SalesJson;

namespace QommerceHub.Analytics.Tests.Service;

/// <summary>A store's figures come only from its own events, whichever way they are read.</summary>
public sealed class TenantIsolationTests(InfrastructureFixture infrastructure, AnalyticsHost host) : AnalyticsApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Another_store_sees_none_of_the_sales_products_or_customers()
    {
        var busy = NewStore();
        var quiet = NewStore();
        var e = busy.Events;
        var placedAt = Host.Clock.GetUtcNow().AddHours(-2);
        await busy.PublishAsync(
            e.Product(1, "Bagel", 2.50m, onHand: 1, threshold: 5),
            e.Customer(1, "Ada"),
            e.Order(1, 1, "Ada", placedAt, new Line(1, "Bagel", 4, 2.50m)));
        await quiet.PublishAsync(quiet.Events.Customer(1, "Zed"));

        foreach (var query in new[] { "days=7", "days=90", $"from={placedAt:yyyy-MM-dd}&to={placedAt:yyyy-MM-dd}" })
        {
            var sales = await quiet.SalesAsync(query);
            AssertRevenue(sales["revenue"]!, 0m, 0, 0m);
            Assert.Empty(Products(sales));
            Assert.Empty(Customers(sales));
            Assert.Empty(LowStock(sales));
            Assert.Equal(["pending 0", "processing 0", "completed 0", "cancelled 0"], Statuses(sales));
            Assert.Equal(["1 Ada 1 10.00"], Customers(await busy.SalesAsync(query)));
        }

        var inventory = await quiet.InventoryAsync();
        Assert.Equal(0, inventory["total_products"]!.GetValue<int>());
        Assert.Equal(1, (await busy.InventoryAsync())["total_products"]!.GetValue<int>());
    }
}
