using Microsoft.EntityFrameworkCore;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.Model;

namespace QommerceHub.Payments.IntegrationEvents.EventHandling;

/// <summary>The payable orders a batch of order events touches: loaded in one query, then found or added in memory.</summary>
internal static class PayableOrderRows
{
    public static Task LoadAsync(PaymentsDbContext db, IEnumerable<int> orderIds, CancellationToken cancellationToken)
    {
        var ids = orderIds.Distinct().ToList();
        return db.PayableOrders.Where(o => ids.Contains(o.OrderId)).LoadAsync(cancellationToken);
    }

    /// <summary>The order among those loaded or added earlier in the batch, else a new one.</summary>
    public static PayableOrder FindOrAdd(PaymentsDbContext db, int tenantId, int orderId)
    {
        if (db.PayableOrders.Local.FirstOrDefault(o => o.OrderId == orderId) is { } known) return known;
        var order = new PayableOrder { TenantId = tenantId, OrderId = orderId };
        db.PayableOrders.Add(order);
        return order;
    }
}
