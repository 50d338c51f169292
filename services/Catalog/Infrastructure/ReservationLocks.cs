using Microsoft.EntityFrameworkCore;
using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Infrastructure;

public static class ReservationLocks
{
    /// <summary>Locks an order's reservation so a cancellation and a completion cannot both settle it.</summary>
    public static async Task<StockReservation?> LockReservationAsync(this CatalogDbContext db, int orderId, CancellationToken cancellationToken)
    {
        var reservation = await db.StockReservations
            .FromSql($"SELECT * FROM catalog.stock_reservations WHERE order_id = {orderId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (reservation is not null)
            await db.Entry(reservation).Collection(r => r.Lines).LoadAsync(cancellationToken);
        return reservation;
    }
}
