using System.Net;
using QommerceHub.Contracts;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

public class CustomersTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Customer_is_created_updated_and_deleted_and_each_change_is_announced()
    {
        var store = NewStore();
        var created = await store.CreateCustomerAsync("Grace Hopper", "grace@example.test", "+1 555 0100", "Navy Yard");

        var updated = await (await store.Client.PutAsync($"/api/customers/{created.Id}", ApiJson.Body(new { phone = "", address = "Arlington" })))
            .ReadAsync<CustomerResponse>();
        Assert.Equal(("Grace Hopper", "grace@example.test", null, "Arlington"), (updated.Name, updated.Email, updated.Phone, updated.Address));

        var deleted = await (await store.Client.DeleteAsync($"/api/customers/{created.Id}")).ReadAsync<MessageResponse>();
        Assert.Equal("Customer deleted", deleted.Message);
        Assert.Equal(HttpStatusCode.NotFound, (await store.Client.GetAsync($"/api/customers/{created.Id}")).StatusCode);
        Assert.Equal(0, (await ListAsync(store, "")).Pagination.Total);

        await Events.WaitFor<CustomerCreated>(store.TenantId, e => e.Count == 1 && e[0].Phone == "+1 555 0100", "CustomerCreated");
        await Events.WaitFor<CustomerUpdated>(store.TenantId, e => e.Count == 1 && e[0].Address == "Arlington", "CustomerUpdated");
        await Events.WaitFor<CustomerDeleted>(store.TenantId, e => e.Count == 1 && e[0].CustomerId == created.Id, "CustomerDeleted");
    }

    [Fact]
    public async Task List_pages_and_searches_by_name_email_or_phone()
    {
        var store = NewStore();
        for (var i = 1; i <= 5; i++) await store.CreateCustomerAsync($"Customer {i}", $"c{i}@example.test");
        await store.CreateCustomerAsync("Zoë 100%", "zoe@shop.test", "0170 123");

        var page = await ListAsync(store, "?page=2&limit=4");
        Assert.Equal((6, 2, 4, 2, 2), (page.Pagination.Total, page.Pagination.Page, page.Pagination.Limit, page.Pagination.TotalPages, page.Items.Count));
        Assert.Equal(10, (await ListAsync(store, "")).Pagination.Limit);

        Assert.Equal("Zoë 100%", Assert.Single((await ListAsync(store, "?search=SHOP.test")).Items).Name);
        Assert.Single((await ListAsync(store, "?search=0170")).Items);
        Assert.Single((await ListAsync(store, "?search=100%25")).Items);
        Assert.Equal(5, (await ListAsync(store, "?search=customer")).Pagination.Total);
        // A full page, the last short page and a page past the end all report the matches' total.
        foreach (var (query, rows) in new[] { ("?search=customer&limit=2", 2), ("?search=customer&limit=2&page=3", 1), ("?search=customer&limit=2&page=9", 0) })
        {
            var answer = await ListAsync(store, query);
            Assert.Equal((5, 3, rows), (answer.Pagination.Total, answer.Pagination.TotalPages, answer.Items.Count));
        }
    }

    [Fact]
    public async Task Another_stores_customer_is_not_found()
    {
        var owner = NewStore();
        var customer = await owner.CreateCustomerAsync();
        var other = NewStore();

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/customers/{customer.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/customers/{customer.Id}/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PutAsync($"/api/customers/{customer.Id}", ApiJson.Body(new { name = "Mine" }))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.DeleteAsync($"/api/customers/{customer.Id}")).StatusCode);
        Assert.Equal(0, (await ListAsync(other, "")).Pagination.Total);
        Assert.Equal("Ada Lovelace", (await (await owner.Client.GetAsync($"/api/customers/{customer.Id}")).ReadAsync<CustomerDetail>()).Name);
    }

    [Fact]
    public async Task Bad_customer_input_gets_field_errors()
    {
        var store = NewStore();

        var problem = await (await store.Client.PostAsync("/api/customers", ApiJson.Body(new { email = "not-an-email", phone = "call me", address = new string('a', 501) })))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["name", "email", "phone", "address"], problem.Fields());
        Assert.Equal("Validation failed", problem.GetProperty("error").GetString());
        // As in the original: an email is required and a name has at least two characters.
        Assert.Equal(["name", "email"], (await (await store.Client.PostAsync("/api/customers", ApiJson.Body(new { name = "A" }))).ProblemAsync(HttpStatusCode.BadRequest)).Fields());

        var customer = await store.CreateCustomerAsync();
        Assert.Equal(["body"], (await (await store.Client.PutAsync($"/api/customers/{customer.Id}", ApiJson.Body(new { }))).ProblemAsync(HttpStatusCode.BadRequest)).Fields());
        Assert.Equal(["name"], (await (await store.Client.PutAsync($"/api/customers/{customer.Id}", ApiJson.Body(new { name = " " }))).ProblemAsync(HttpStatusCode.BadRequest)).Fields());
        await (await store.Client.GetAsync("/api/customers/abc")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(100, (await ListAsync(store, "?limit=1000&page=nope")).Pagination.Limit);
    }

    [Fact]
    public async Task Customer_detail_shows_lifetime_value_and_order_history()
    {
        var (store, customerId, product) = await StoreWithCustomerAndProductAsync(price: 20m);
        await store.PlaceReservedAsync(customerId, (product, 2));
        var cancelled = await store.PlaceReservedAsync(customerId, (product, 1));
        await store.MoveAsync(cancelled.Id, "cancelled");
        await store.PlaceReservedAsync(customerId, (product, 3));

        var detail = await (await store.Client.GetAsync($"/api/customers/{customerId}")).ReadAsync<CustomerDetail>();
        Assert.Equal((3, 100m), (detail.OrderCount, detail.LifetimeValue));

        var history = await (await store.Client.GetAsync($"/api/customers/{customerId}/orders?limit=2")).ReadAsync<PageAnswer<OrderResponse>>();
        Assert.Equal((3, 2), (history.Pagination.Total, history.Pagination.TotalPages));
        Assert.Equal([60m, 20m], history.Items.Select(o => o.TotalAmount));
    }

    [Fact]
    public async Task Deleting_a_customer_keeps_their_orders_readable()
    {
        var (store, customerId, product) = await StoreWithCustomerAndProductAsync();
        var order = await store.PlaceReservedAsync(customerId, (product, 1));

        await store.Client.DeleteAsync($"/api/customers/{customerId}");

        var kept = await store.GetOrderAsync(order.Id);
        Assert.Equal(("Ada Lovelace", customerId), (kept.CustomerName, kept.CustomerId));
        var listed = await (await store.Client.GetAsync($"/api/orders?customer_id={customerId}")).ReadAsync<PageAnswer<OrderResponse>>();
        Assert.Equal(order.Id, Assert.Single(listed.Items).Id);
    }

    [Fact]
    public async Task An_email_already_used_by_a_current_customer_is_a_conflict_whatever_its_case()
    {
        var store = NewStore();
        var first = await store.CreateCustomerAsync("Grace Hopper", "grace@example.test");
        var second = await store.CreateCustomerAsync("Ada Lovelace", "ada@example.test");

        var duplicate = await (await store.Client.PostAsync("/api/customers", ApiJson.Body(new { name = "Grace H", email = "GRACE@example.test" })))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Customer with this email already exists", duplicate.GetProperty("error").GetString());
        await (await store.Client.PutAsync($"/api/customers/{second.Id}", ApiJson.Body(new { email = "grace@example.test" }))).ProblemAsync(HttpStatusCode.Conflict);

        // A deleted customer's email is free again; another store's customers are not its concern.
        await store.Client.DeleteAsync($"/api/customers/{first.Id}");
        await store.CreateCustomerAsync("Grace Again", "grace@example.test");
        await NewStore().CreateCustomerAsync("Grace Elsewhere", "ada@example.test");
    }

    private static async Task<PageAnswer<CustomerResponse>> ListAsync(StoreDriver store, string query) =>
        await (await store.Client.GetAsync($"/api/customers{query}")).ReadAsync<PageAnswer<CustomerResponse>>();
}
