using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Tests.Support;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.Testing;

namespace QommerceHub.Orders.Tests.Service;

public class OrderConcurrencyTests(InfrastructureFixture infrastructure, OrdersHost host) : OrdersApiTestBase(infrastructure, host)
{
    [Fact]
    public async Task Simultaneous_cancellations_cancel_once()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var order = await store.PlaceReservedAsync(customerId, (mug, 1));

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => store.ChangeStatusAsync(order.Id, "cancelled")));

        // One cancels; the others find it cancelled already, which is a no-op answer, not a second cancellation.
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(await Outbox.Of<OrderCancelled>(store.TenantId));
    }

    [Fact]
    public async Task A_stale_copy_of_an_order_cannot_overwrite_a_newer_change()
    {
        var (store, customerId, mug) = await StoreWithCustomerAndProductAsync();
        var placed = await store.PlaceReservedAsync(customerId, (mug, 1));
        await using var first = OpenStore(store.TenantId);
        await using var second = OpenStore(store.TenantId);
        var mine = await first.Db.Orders.SingleAsync(o => o.Id == placed.Id);
        var theirs = await second.Db.Orders.SingleAsync(o => o.Id == placed.Id);

        mine.ChangeStatus(OrderStatuses.Processing, DateTimeOffset.UtcNow);
        await first.Db.SaveChangesAsync();
        theirs.PaymentSucceeded(DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.Db.SaveChangesAsync());
        Assert.Equal(("processing", "unpaid"), ((await store.GetOrderAsync(placed.Id)).Status, (await store.GetOrderAsync(placed.Id)).PaymentStatus));
    }

    private StoreScope OpenStore(int tenantId)
    {
        var scope = Host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return new StoreScope(scope, scope.ServiceProvider.GetRequiredService<OrdersDbContext>());
    }

    private sealed record StoreScope(AsyncServiceScope Scope, OrdersDbContext Db) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }
}
