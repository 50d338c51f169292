using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Contracts;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Services;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Orders.Apis;

public static partial class OrdersApi
{
    /// <summary>
    /// Moves an order along the workflow; a move out of completed or cancelled is 409 with the allowed next states, and
    /// cancelling a paid order (a refund) needs the refunds permission.
    /// </summary>
    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> ChangeStatus(
        string id, StatusChangeRequest request, OrderStatusChanges changes, CancellationToken ct)
    {
        if (ApiInput.ParseId(id) is not { } orderId) return ApiInput.MalformedId("order");
        if (!OrderStatuses.IsKnown(request.Status))
            return ApiResults.Validation(new FieldErrors().Add("status", $"Status must be one of {string.Join(", ", OrderStatuses.All)}"));

        var changed = await changes.ChangeAsync(orderId, request.Status!, ct);
        return changed.Succeeded ? TypedResults.Ok(OrderResponse.WithItems(changed.Value!)) : ApiResults.Problem(changed);
    }
}
