using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Infrastructure;
using QommerceHub.Catalog.Model;
using QommerceHub.Contracts;

namespace QommerceHub.Catalog.Services;

/// <summary>Holds stock for orders, and releases or sells what it holds; runs inside a consumer's transaction.</summary>
public sealed class StockReservations(CatalogDbContext db, StockChanges stockChanges, TimeProvider clock, ILogger<StockReservations> logger)
{
    public async Task ReserveAsync(OrderPlaced order, CancellationToken cancellationToken)
    {
        var requests = order.Lines.Select(l => new ReservationRequest(l.ProductId, l.Quantity)).ToList();
        var products = await db.LockProductsAsync(requests.Select(r => r.ProductId), cancellationToken);
        // Checked under the product locks: a concurrent duplicate of this order has committed by now.
        if (await db.StockReservations.AnyAsync(r => r.OrderId == order.OrderId, cancellationToken))
        {
            logger.LogInformation("Order {OrderId} already has a reservation; OrderPlaced ignored", order.OrderId);
            return;
        }

        var plan = ReservationPlan.For(requests, products.Where(p => !p.IsDeleted).ToDictionary(p => p.Id, p => p.Stock));
        var reservation = NewReservation(order, plan.CanReserve ? ReservationStatus.Reserved : ReservationStatus.Failed);
        db.StockReservations.Add(reservation);
        if (!plan.CanReserve)
        {
            db.Publish(new StockReservationFailed { TenantId = order.TenantId, OrderId = order.OrderId, Shortfalls = plan.Shortfalls });
            return;
        }

        var byId = products.ToDictionary(p => p.Id);
        foreach (var line in plan.Lines)
        {
            reservation.Lines.Add(new StockReservationLine { TenantId = order.TenantId, ProductId = line.ProductId, Quantity = line.Quantity });
            await stockChanges.RecordAsync(byId[line.ProductId], StockMovement.Reservation(order.OrderId, line.Quantity), cancellationToken);
        }
        db.Publish(new StockReserved { TenantId = order.TenantId, OrderId = order.OrderId });
    }

    /// <summary>Puts an order's held stock back on sale; a cancellation that beats its OrderPlaced leaves a marker.</summary>
    public async Task ReleaseAsync(int tenantId, int orderId, CancellationToken cancellationToken)
    {
        var reservation = await db.LockReservationAsync(orderId, cancellationToken);
        if (reservation is null)
        {
            db.StockReservations.Add(NewReservation(tenantId, orderId, ReservationStatus.CancelledBeforeReservation));
            return;
        }
        if (await SettleAsync(reservation, ReservationStatus.Released, StockMovement.Release, cancellationToken))
            db.Publish(new StockReleased { TenantId = tenantId, OrderId = orderId });
    }

    /// <summary>A completed order takes its held units off the shelf for good.</summary>
    public async Task SellAsync(int orderId, CancellationToken cancellationToken)
    {
        var reservation = await db.LockReservationAsync(orderId, cancellationToken);
        if (reservation is not null)
            await SettleAsync(reservation, ReservationStatus.Sold, StockMovement.Sale, cancellationToken);
    }

    private async Task<bool> SettleAsync(StockReservation reservation, string status, Func<int, int, StockMovement> movement, CancellationToken cancellationToken)
    {
        if (reservation.Status != ReservationStatus.Reserved)
        {
            logger.LogInformation("Reservation of order {OrderId} is {Status}; nothing to {Action}", reservation.OrderId, reservation.Status, status);
            return false;
        }
        var products = (await db.LockProductsAsync(reservation.Lines.Select(l => l.ProductId), cancellationToken)).ToDictionary(p => p.Id);
        foreach (var line in reservation.Lines.OrderBy(l => l.ProductId))
            await stockChanges.RecordAsync(products[line.ProductId], movement(reservation.OrderId, line.Quantity), cancellationToken);
        reservation.Status = status;
        reservation.UpdatedAt = clock.Now();
        return true;
    }

    private StockReservation NewReservation(OrderPlaced order, string status) => NewReservation(order.TenantId, order.OrderId, status);

    private StockReservation NewReservation(int tenantId, int orderId, string status)
    {
        var now = clock.Now();
        return new StockReservation { TenantId = tenantId, OrderId = orderId, Status = status, CreatedAt = now, UpdatedAt = now };
    }
}
