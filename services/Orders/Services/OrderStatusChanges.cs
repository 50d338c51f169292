using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.IntegrationEvents.Events;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Orders.Services;

/// <summary>
/// Staff moving an order along the workflow (the same status again changes nothing). Every change announces
/// OrderStatusChanged; a cancellation also announces OrderCancelled (Catalog restocks, Payments refunds if paid), so
/// cancelling a paid order gives money back and needs the refunds permission as well.
/// </summary>
public sealed class OrderStatusChanges(OrdersDbContext db, TenantContext tenant, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<Outcome<Order>> ChangeAsync(int orderId, string target, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);
            if (order is null) return Outcome.NotFound<Order>("Order");
            if (OrderWorkflow.IsNoOp(order.Status, target)) return Outcome.Ok(order);
            if (OrderWorkflow.Check(order.Status, order.StockStatus, target) is { } refusal)
            {
                return Outcome.Conflict<Order>(refusal.Message, new Dictionary<string, object?>
                {
                    ["current_status"] = order.Status,
                    ["allowed"] = refusal.Allowed,
                });
            }
            if (target == OrderStatuses.Cancelled && order.Status != OrderStatuses.Cancelled && order.IsPaid
                && !Permissions.Allows(tenant.Role, Permissions.Refunds))
                return Outcome.Refuse<Order>(Refusal.Forbidden, "Cancelling a paid order refunds it; only the store owner can do that");

            var previous = order.ChangeStatus(target, clock.GetUtcNow());
            db.Publish(OrderMessages.StatusChanged(order, previous));
            if (target == OrderStatuses.Cancelled) db.Publish(OrderMessages.Cancelled(order));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Outcome.Ok(order);
            }
            catch (DbUpdateConcurrencyException)
            {
                if (attempt == Attempts) return Outcome.Conflict<Order>("The order kept changing while being updated; please retry");
                // The saga changed the order meanwhile: decide again on its fresh state.
                db.ChangeTracker.Clear();
            }
        }
    }
}
