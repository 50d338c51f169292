using System.Net;
using System.Text;
using QommerceHub.Contracts;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

public class OrderValidationTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Unknown_deleted_or_another_stores_product_is_not_found()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var deleted = await store.AddProductAsync();
        await store.PublishAndWaitAsync(new ProductDeleted { TenantId = store.TenantId, ProductId = deleted, Version = 2 });
        var theirs = await NewStore().AddProductAsync();

        foreach (var product in new[] { 999_999_999, deleted, theirs })
        {
            var problem = await (await store.PlaceAsync(customerId, (mug, 1), (product, 1))).ProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal($"Item {product} not found", problem.GetProperty("error").GetString());
            Assert.Equal(["items[1].inventory_id"], problem.Fields());
        }
        Assert.Empty(await Outbox.Of<OrderPlaced>(store.TenantId));
    }

    [Fact]
    public async Task Restored_product_can_be_ordered_again()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        await store.PublishAndWaitAsync(new ProductDeleted { TenantId = store.TenantId, ProductId = mug, Version = 2 });
        await (await store.PlaceAsync(customerId, (mug, 1))).ProblemAsync(HttpStatusCode.NotFound);

        await store.PublishAndWaitAsync(new ProductRestored { TenantId = store.TenantId, ProductId = mug, Version = 3 });

        await store.PlaceReservedAsync(customerId, (mug, 1));
    }

    [Fact]
    public async Task Unknown_deleted_or_another_stores_customer_is_not_found()
    {
        var (store, _, mug) = await StoreWithCustomerAndProductAsync();
        var theirs = await NewStore().CreateCustomerAsync();
        var gone = await store.CreateCustomerAsync("Gone");
        await store.Client.DeleteAsync($"/api/customers/{gone.Id}");

        foreach (var customer in new[] { theirs.Id, gone.Id, int.MaxValue })
        {
            var problem = await (await store.PlaceAsync(customer, (mug, 1))).ProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal(["customer_id"], problem.Fields());
        }
        Assert.Empty(await Outbox.Of<OrderPlaced>(store.TenantId));
    }

    [Fact]
    public async Task Bad_lines_and_notes_get_field_errors()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();

        await AssertFieldsAsync(store, new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 0 } } }, "items[0].quantity");
        await AssertFieldsAsync(store, new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = -3 } } }, "items[0].quantity");
        await AssertFieldsAsync(store, new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 2.5 } } }, "items[0].quantity");
        await AssertFieldsAsync(store, new { customer_id = customerId, items = Array.Empty<object>() }, "items");
        await AssertFieldsAsync(store, new { customer_id = customerId }, "items");
        var missingCustomer = await (await store.PlaceAsync(new { items = new[] { new { inventory_id = mug, quantity = 1 } } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Invalid order data", missingCustomer.GetProperty("error").GetString());
        Assert.Equal(["customer_id"], missingCustomer.Fields());
        await AssertFieldsAsync(store, new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 1 } }, notes = new string('n', 1001) }, "notes");
        var thousandLines = Enumerable.Range(0, 1000).Select(i => new { inventory_id = mug + i, quantity = 1 });
        await AssertFieldsAsync(store, new { customer_id = customerId, items = thousandLines }, "items");

        Assert.Empty(await Outbox.Of<OrderPlaced>(store.TenantId));
    }

    [Fact]
    public async Task Malformed_json_or_id_is_a_clear_bad_request()
    {
        var store = NewStore();

        var problem = await (await store.Client.PostAsync("/api/orders", new StringContent("{\"customer_id\": ", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("error").GetString(), StringComparison.Ordinal);
        await (await store.Client.GetAsync("/api/orders/-4")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await store.Client.GetAsync("/api/orders/999999999")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_named_in_the_field_errors()
    {
        var store = NewStore();

        var wrongQuantity = await (await store.Client.PostAsync("/api/orders", new StringContent(
                "{\"customer_id\": 1, \"items\": [{\"inventory_id\": 1, \"quantity\": \"two\"}]}", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var wrongCustomer = await (await store.Client.PostAsync("/api/orders", new StringContent(
                "{\"customer_id\": \"abc\", \"items\": []}", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["items[0].quantity"], wrongQuantity.Fields());
        Assert.Equal(["customer_id"], wrongCustomer.Fields());
    }

    private static async Task AssertFieldsAsync(StoreDriver store, object body, params string[] fields)
    {
        var problem = await (await store.PlaceAsync(body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(fields, problem.Fields());
    }
}
