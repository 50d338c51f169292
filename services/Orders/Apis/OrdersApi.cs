using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Apis.Idempotency;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Apis;

/// <summary>
/// The public <c>/api/orders</c> routes. The invoice download (<c>GET /api/orders/:id/invoice</c>) is Reporting's,
/// routed there by the gateway.
/// </summary>
public static partial class OrdersApi
{
    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/orders").WithTags("Orders").AddEndpointFilter<RequireTenantFilter>()
            .RequirePermission(Permissions.Orders).ProducesTokenProblems();
        api.MapGet("/", List).WithSummary("List orders, filtered and paged").ProducesProblems(400);
        api.MapGet("/{id}", Get).WithSummary("Get an order with its lines").ProducesProblems(400, 404);
        api.MapPost("/", Place).WithSummary("Place an order, reserving its stock").ProducesProblems(400, 404, 409, 422).AddEndpointFilter<IdempotencyFilter<PlaceOrderRequest, OrderResponse>>();
        api.MapPut("/{id}/status", ChangeStatus).WithSummary("Move an order to another status").ProducesProblems(400, 404, 409, 422).AddEndpointFilter<IdempotencyFilter<StatusChangeRequest, OrderResponse>>();
        return app;
    }

    /// <summary>The list envelope, newest first; an unknown status matches nothing, as in the original.</summary>
    public static async Task<Results<Ok<PageAnswer<OrderResponse>>, ProblemHttpResult>> List(
        string? page, string? limit, string? status, [FromQuery(Name = "customer_id")] string? customerId, string? from, string? to,
        OrdersDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var paging = PageRequest.Read(page, limit);
        var filter = OrderListFilter.Read(errors, status, customerId, from, to);
        if (errors.Any) return ApiResults.Validation(errors);

        var query = db.Orders.AsNoTracking();
        if (filter.Status is not null) query = query.Where(o => o.Status == filter.Status);
        if (filter.CustomerId is not null) query = query.Where(o => o.CustomerId == filter.CustomerId);
        if (filter.From is not null) query = query.Where(o => o.CreatedAt >= filter.From);
        if (filter.ToExclusive is not null) query = query.Where(o => o.CreatedAt < filter.ToExclusive);

        var orders = await query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Skip(paging.Skip).Take(paging.Limit).ToListAsync(ct);
        // Without a customer or date filter the total is the store's count (by status), kept by a trigger.
        var total = await paging.TotalAsync(orders.Count, () => filter is { CustomerId: null, From: null, ToExclusive: null }
            ? TenantRowCounts.ReadAsync(db, "orders", "orders", tenant.Id, filter.Status is { } one ? [one] : [.. OrderStatuses.All], ct)
            : query.CountAsync(ct));
        return TypedResults.Ok(paging.Answer(orders.Select(OrderResponse.Summary).ToList(), total));
    }

    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> Get(string id, OrdersDbContext db, CancellationToken ct)
    {
        if (ApiInput.ParseId(id) is not { } orderId) return ApiInput.MalformedId("order");
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        return order is null ? ApiResults.NotFound("Order") : TypedResults.Ok(OrderResponse.WithItems(order));
    }
}
