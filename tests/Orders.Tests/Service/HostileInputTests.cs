using System.Net;
using QommerceHub.Contracts;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

/// <summary>Inputs the attack probe found answering 500: control characters and edge dates are now field errors.</summary>
public class HostileInputTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task A_nul_character_in_a_customer_or_order_text_is_400_and_nothing_is_stored()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();

        var customer = await store.Client.PostAsync("/api/customers", ApiJson.Body(new { name = "Eve\u0000", email = "eve@example.test" }));
        var order = await store.PlaceAsync(new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 1 } }, notes = "leave at door\u0000" });
        var search = await store.Client.GetAsync("/api/customers?search=%00");

        Assert.Equal(["name"], (await customer.ProblemAsync(HttpStatusCode.BadRequest)).Fields());
        Assert.Equal(["notes"], (await order.ProblemAsync(HttpStatusCode.BadRequest)).Fields());
        Assert.Equal(["search"], (await search.ProblemAsync(HttpStatusCode.BadRequest)).Fields());
        Assert.Empty(await Outbox.Of<OrderPlaced>(store.TenantId));
    }

    [Fact]
    public async Task A_multi_line_address_is_kept()
    {
        var store = NewStore();

        var customer = await store.CreateCustomerAsync(address: "1 Analytical Way\nLondon");

        Assert.Equal("1 Analytical Way\nLondon", customer.Address);
    }

    [Theory]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("from=0001-01-01T00:00:00%2B01:00", "from")]
    public async Task Edge_dates_in_the_orders_list_are_field_errors(string query, string field)
    {
        var response = await NewStore().Client.GetAsync("/api/orders?" + query);

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields());
    }
}
