using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.IntegrationEvents;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Apis;

public static partial class OrdersApi
{
    private const int StatusChangeAttempts = 3;

    /// <summary>
    /// Moves an order along the workflow (the same status again is a no-op); a move out of completed or cancelled is
    /// 409 with the allowed next states. Every change announces OrderStatusChanged; a cancellation also announces
    /// OrderCancelled (Catalog restocks, Payments refunds if paid), so cancelling a paid order gives money back and
    /// needs the refunds permission as well.
    /// </summary>
    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> ChangeStatus(
        string id, StatusChangeRequest request, OrdersDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        if (ApiInput.ParseId(id) is not { } orderId) return ApiInput.MalformedId("order");
        if (!OrderStatuses.IsKnown(request.Status))
            return ApiResults.Validation(new FieldErrors().Add("status", $"Status must be one of {string.Join(", ", OrderStatuses.All)}"));
        var target = request.Status!;

        for (var attempt = 1; ; attempt++)
        {
            var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
            if (order is null) return ApiResults.NotFound("Order");
            if (OrderWorkflow.IsNoOp(order.Status, target)) return TypedResults.Ok(OrderResponse.WithItems(order));
            if (OrderWorkflow.Check(order.Status, order.StockStatus, target) is { } refusal)
            {
                return ApiResults.Conflict(refusal.Message, new Dictionary<string, object?>
                {
                    ["current_status"] = order.Status,
                    ["allowed"] = refusal.Allowed,
                });
            }

            if (target == OrderStatuses.Cancelled && order.Status != OrderStatuses.Cancelled && order.IsPaid
                && !Permissions.Allows(tenant.Role, Permissions.Refunds))
                return ApiResults.Error(StatusCodes.Status403Forbidden, "Cancelling a paid order refunds it; only the store owner can do that");

            var previous = order.ChangeStatus(target, clock.GetUtcNow());
            db.Publish(OrderMessages.StatusChanged(order, previous));
            if (target == OrderStatuses.Cancelled) db.Publish(OrderMessages.Cancelled(order));
            try
            {
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(OrderResponse.WithItems(order));
            }
            catch (DbUpdateConcurrencyException)
            {
                if (attempt == StatusChangeAttempts) return ApiResults.Conflict("The order kept changing while being updated; please retry");
                // The saga changed the order meanwhile: decide again on its fresh state.
                db.ChangeTracker.Clear();
            }
        }
    }
}
