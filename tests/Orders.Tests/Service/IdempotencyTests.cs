using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

public class IdempotencyTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Retry_with_the_same_key_returns_the_first_answer_and_places_one_order()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var body = new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 2 } } };

        var first = await store.PlaceAsync(body, "order-key-1");
        var retry = await store.PlaceAsync(body, "order-key-1");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("reserved", (await retry.ReadAsync<OrderResponse>(HttpStatusCode.Created)).StockStatus);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Single(await Outbox.Of<OrderPlaced>(store.TenantId));
    }

    [Fact]
    public async Task Same_key_with_a_different_body_is_refused()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        await store.PlaceAsync(new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 1 } } }, "key-2");

        var problem = await (await store.PlaceAsync(new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 5 } } }, "key-2"))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("different request", problem.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Single(await Outbox.Of<OrderPlaced>(store.TenantId));
    }

    [Fact]
    public async Task Retry_while_the_first_request_still_waits_is_told_to_retry_later()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        Host.Catalog.Hold(store.TenantId);
        var body = new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 1 } } };

        var first = store.PlaceAsync(body, "slow-key");
        await Eventually.Until(() => Outbox.Of<OrderPlaced>(store.TenantId), e => e.Count == 1, what: "the first order stored");
        var early = await (await store.PlaceAsync(body, "slow-key")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("still being processed", early.GetProperty("error").GetString(), StringComparison.Ordinal);
        var accepted = await (await first).ReadAsync<OrderResponse>(HttpStatusCode.Accepted);
        var later = await (await store.PlaceAsync(body, "slow-key")).ReadAsync<OrderResponse>(HttpStatusCode.Accepted);
        Assert.Equal(accepted.Id, later.Id);
        Assert.Single(await Outbox.Of<OrderPlaced>(store.TenantId));
    }

    [Fact]
    public async Task Status_change_retried_with_its_key_gets_the_first_answer()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var order = await store.PlaceReservedAsync(customerId, (mug, 1));

        var first = await store.ChangeStatusAsync(order.Id, "processing", "move-1");
        var retry = await store.ChangeStatusAsync(order.Id, "processing", "move-1");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        // A new key asking for the same status is a no-op: still one change announced.
        Assert.Equal(HttpStatusCode.OK, (await store.ChangeStatusAsync(order.Id, "processing", "move-2")).StatusCode);
        Assert.Single(await Outbox.Of<OrderStatusChanged>(store.TenantId));
    }

    [Fact]
    public async Task Keys_belong_to_one_store_and_must_be_well_formed()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var (other, otherCustomer, otherMug) = await StoreWithCustomerAndProductAsync();

        await store.PlaceReservedAsync(customerId, (mug, 1));
        await (await store.PlaceAsync(new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 1 } } }, "shared"))
            .ReadAsync<OrderResponse>(HttpStatusCode.Created);
        await (await other.PlaceAsync(new { customer_id = otherCustomer, items = new[] { new { inventory_id = otherMug, quantity = 1 } } }, "shared"))
            .ReadAsync<OrderResponse>(HttpStatusCode.Created);

        var problem = await (await store.PlaceAsync(new { customer_id = customerId }, new string('k', 256))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Idempotency-Key"], problem.Fields());
    }

    [Fact]
    public async Task Retry_after_the_instance_died_past_the_lease_answers_with_the_order_it_had_stored()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var body = new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 1 } } };
        var placed = await (await store.PlaceAsync(body, "crash-after-commit")).ReadAsync<OrderResponse>(HttpStatusCode.Created);
        // What a kill between the order's commit and the stored answer leaves: a claim with the order bound, no answer.
        await MakeAbandonedClaimAsync(store.TenantId, "crash-after-commit", claimedAgo: PastTheLease, keepOrder: true);

        var retry = await (await store.PlaceAsync(body, "crash-after-commit")).ReadAsync<OrderResponse>(HttpStatusCode.Created);

        Assert.Equal(placed.Id, retry.Id);
        Assert.Single(await Outbox.Of<OrderPlaced>(store.TenantId));
        var replay = await store.PlaceAsync(body, "crash-after-commit");
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task Retry_after_the_instance_died_before_storing_anything_places_the_order_once()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var body = new { customer_id = customerId, items = new[] { new { inventory_id = mug, quantity = 1 } } };
        // A dead attempt that claimed the key and stored nothing: place under another key, then move its claim over.
        await (await store.PlaceAsync(body, "crash-before-commit")).ReadAsync<OrderResponse>(HttpStatusCode.Created);
        await MakeAbandonedClaimAsync(store.TenantId, "crash-before-commit", claimedAgo: TimeSpan.Zero, keepOrder: false);
        await (await store.PlaceAsync(body, "crash-before-commit")).ProblemAsync(HttpStatusCode.Conflict);
        await MakeAbandonedClaimAsync(store.TenantId, "crash-before-commit", claimedAgo: PastTheLease, keepOrder: false);

        var retry = await (await store.PlaceAsync(body, "crash-before-commit")).ReadAsync<OrderResponse>(HttpStatusCode.Created);

        Assert.Equal(2, (await Outbox.Of<OrderPlaced>(store.TenantId)).Count);
        Assert.Equal(retry.Id, (await Outbox.Of<OrderPlaced>(store.TenantId))[^1].OrderId);
    }

    private static readonly TimeSpan PastTheLease = IdempotencyRecord.Lease + TimeSpan.FromSeconds(5);

    /// <summary>Makes a key's record look like a crashed attempt's: no answer, claimed some time ago.</summary>
    private async Task MakeAbandonedClaimAsync(int tenantId, string key, TimeSpan claimedAgo, bool keepOrder)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var claimedAt = DateTimeOffset.UtcNow - claimedAgo;
        await db.IdempotencyKeys.Where(k => k.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(k => k.StatusCode, (int?)null)
            .SetProperty(k => k.ResponseBody, (string?)null)
            .SetProperty(k => k.Location, k => keepOrder ? k.Location : null)
            .SetProperty(k => k.CreatedAt, claimedAt));
    }
}
