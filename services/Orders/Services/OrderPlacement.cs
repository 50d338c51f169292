using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QommerceHub.Orders.Apis.Idempotency;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.IntegrationEvents.Events;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Services;

/// <summary>What became of a placement request before any stock was asked for.</summary>
public abstract record PlacementResult
{
    public sealed record CustomerNotFound : PlacementResult;

    public sealed record UnknownProducts(IReadOnlyList<int> ProductIds) : PlacementResult;

    /// <summary>Stored and announced; <see cref="Watch"/> hears the reservation outcome.</summary>
    public sealed record Placed(Order Order, ReservationWatch Watch) : PlacementResult;
}

/// <summary>
/// Saga step 1: prices the order from the product replica, stores it as pending with stock reserving and queues
/// OrderPlaced in the same transaction; then waits a short while for Catalog's answer.
/// </summary>
public sealed class OrderPlacement(
    OrdersDbContext db, TenantContext tenant, ReservationWaiter waiter, IdempotentRequest idempotent, IOptions<OrderSettings> settings, TimeProvider clock)
{
    /// <summary>Re-reads the order this often when no in-process hand-over comes (the saga ran in another instance).</summary>
    private static readonly TimeSpan recheckInterval = TimeSpan.FromMilliseconds(500);

    public async Task<PlacementResult> PlaceAsync(int customerId, IReadOnlyList<RequestedLine> lines, string? notes, CancellationToken cancellationToken)
    {
        // One connection for the reads and the transaction: each open also sets the store for row-level security.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await PlaceOnOpenConnectionAsync(customerId, lines, notes, cancellationToken);
        }
        finally
        {
            // Not held while the caller waits for Catalog's answer.
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<PlacementResult> PlaceOnOpenConnectionAsync(int customerId, IReadOnlyList<RequestedLine> lines, string? notes, CancellationToken cancellationToken)
    {
        // A retry of a placement whose instance died after storing the order answers with that order.
        if (EarlierOrderId() is { } earlierId
            && await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == earlierId, cancellationToken) is { } earlier)
            return new PlacementResult.Placed(earlier, waiter.Watch(earlier.Id));

        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId && c.DeletedAt == null, cancellationToken);
        if (customer is null) return new PlacementResult.CustomerNotFound();

        var ids = lines.Select(l => l.ProductId).ToList();
        var sellable = await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id) && !p.IsDeleted && p.DetailsVersion != Product.NoVersion)
            .ToDictionaryAsync(p => p.Id, p => new SellableProduct(p.Id, p.Name, p.Sku, p.Price), cancellationToken);
        var priced = OrderPricing.Price(lines, sellable);
        if (!priced.IsComplete) return new PlacementResult.UnknownProducts(priced.UnknownProducts);

        var snapshot = new CustomerSnapshot(customer.Id, customer.Name, customer.Email, customer.Address);
        var order = Order.Place(tenant.Id, snapshot, priced, settings.Value.Currency, notes, clock.GetUtcNow());
        return new PlacementResult.Placed(order, await StoreAsync(order));
    }

    /// <summary>Waits for the reservation outcome up to the configured time and returns the order as it then is.</summary>
    public async Task<Order> AwaitReservationAsync(Order placed, ReservationWatch watch, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + settings.Value.ReservationWait;
        // The order as just stored (or found again for a retry) needs no read before the first wait.
        var order = placed;
        while (order.StockStatus == StockStatus.Reserving && !cancellationToken.IsCancellationRequested)
        {
            var remaining = deadline - clock.GetUtcNow();
            if (remaining <= TimeSpan.Zero) return order;
            // The saga hands over the order it committed; without that (another instance's saga, or no answer yet) it
            // is read again. The order exists whatever the client does now, so that read is not cancelled with the request.
            order = await watch.WaitAsync(remaining < recheckInterval ? remaining : recheckInterval, clock, cancellationToken)
                ?? await db.Orders.AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == placed.Id, CancellationToken.None);
        }
        return order;
    }

    /// <summary>
    /// One transaction for the order and its OrderPlaced, not cancelled by the client: once started it either
    /// commits whole or not at all, so a client retry never meets a half-known order.
    /// </summary>
    private async Task<ReservationWatch> StoreAsync(Order order)
    {
        db.Orders.Add(order);
        // All or nothing: a failed statement ends the placement, so EF's savepoints around each save buy nothing.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
        await idempotent.BindAsync(db, OrderLocation(order.Id));
        db.Publish(OrderMessages.Placed(order));
        await db.SaveChangesAsync(CancellationToken.None);
        var watch = waiter.Watch(order.Id);
        try
        {
            await transaction.CommitAsync(CancellationToken.None);
            return watch;
        }
        catch
        {
            watch.Dispose();
            throw;
        }
    }

    private const string OrdersPath = "/api/orders/";

    public static string OrderLocation(int orderId) => OrdersPath + orderId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private int? EarlierOrderId() =>
        idempotent.EarlierLocation is { } location && location.StartsWith(OrdersPath, StringComparison.Ordinal)
        && int.TryParse(location[OrdersPath.Length..], out var id) ? id : null;
}
