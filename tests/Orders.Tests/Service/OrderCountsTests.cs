using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

/// <summary>The orders list's totals come from counts spread over slots (one per database session): they must stay exact.</summary>
public class OrderCountsTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Totals_stay_exact_when_orders_are_placed_and_cancelled_side_by_side()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync(stock: 1000);

        // Side by side, so the placements and cancellations run on several connections and add to several slots.
        var placed = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => store.PlaceReservedAsync(customerId, (mug, 1))));
        await Task.WhenAll(placed.Take(5).Select(order => store.MoveAsync(order.Id, "cancelled")));

        // A page of one is full, so each total is read from the counts rather than counted.
        Assert.Equal(12, await TotalAsync(store, ""));
        Assert.Equal(5, await TotalAsync(store, "&status=cancelled"));
        Assert.Equal(7, await TotalAsync(store, "&status=pending"));
        Assert.Equal(0, await TotalAsync(NewStore(), ""));
    }

    private static async Task<int> TotalAsync(StoreDriver store, string filter) =>
        (await (await store.Client.GetAsync($"/api/orders?page=1&limit=1{filter}")).ReadAsync<PageAnswer<OrderResponse>>()).Pagination.Total;
}
