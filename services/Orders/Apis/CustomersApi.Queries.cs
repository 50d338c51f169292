using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Apis;

public static partial class CustomersApi
{
    private const int SearchMax = 100;

    /// <summary>The list envelope, newest first; search matches name, email or phone.</summary>
    public static async Task<Results<Ok<PageAnswer<CustomerResponse>>, ProblemHttpResult>> List(
        string? page, string? limit, string? search, OrdersDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var paging = PageRequest.Read(page, limit);
        if (search is { Length: > SearchMax }) return ApiResults.Validation(new FieldErrors().Add("search", $"Search must be at most {SearchMax} characters"));

        var query = db.Customers.AsNoTracking().Where(c => c.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = LikePattern.Containing(search.Trim());
            query = query.Where(c => EF.Functions.ILike(c.Name, pattern, LikePattern.EscapeCharacter)
                || (c.Email != null && EF.Functions.ILike(c.Email, pattern, LikePattern.EscapeCharacter))
                || (c.Phone != null && EF.Functions.ILike(c.Phone, pattern, LikePattern.EscapeCharacter)));
        }

        var customers = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip(paging.Skip).Take(paging.Limit).ToListAsync(ct);
        // Matches are counted (the search index keeps that cheap); the store's total is kept by a trigger.
        var total = await paging.TotalAsync(customers.Count, () => string.IsNullOrWhiteSpace(search)
            ? TenantRowCounts.ReadAsync(db, "orders", "customers", tenant.Id, ["true"], ct)
            : query.CountAsync(ct));
        return TypedResults.Ok(paging.Answer(customers.Select(CustomerResponse.From).ToList(), total));
    }

    public static async Task<Results<Ok<CustomerDetail>, ProblemHttpResult>> Get(string id, OrdersDbContext db, CancellationToken ct)
    {
        if (ApiInput.ParseId(id) is not { } customerId) return ApiInput.MalformedId("customer");
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId && c.DeletedAt == null, ct);
        if (customer is null) return ApiResults.NotFound("Customer");

        var orders = db.Orders.Where(o => o.CustomerId == customerId);
        var count = await orders.CountAsync(ct);
        // Lifetime value counts what the customer actually bought: cancelled orders are left out.
        var value = await orders.Where(o => o.Status != OrderStatuses.Cancelled).SumAsync(o => o.TotalAmount, ct);
        return TypedResults.Ok(CustomerDetail.From(customer, count, value));
    }

    public static async Task<Results<Ok<PageAnswer<OrderResponse>>, ProblemHttpResult>> History(
        string id, string? page, string? limit, OrdersDbContext db, CancellationToken ct)
    {
        if (ApiInput.ParseId(id) is not { } customerId) return ApiInput.MalformedId("customer");
        var paging = PageRequest.Read(page, limit);
        if (!await db.Customers.AnyAsync(c => c.Id == customerId && c.DeletedAt == null, ct)) return ApiResults.NotFound("Customer");

        var orders = db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId);
        var rows = await orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Skip(paging.Skip).Take(paging.Limit).ToListAsync(ct);
        var total = await paging.TotalAsync(rows.Count, () => orders.CountAsync(ct));
        return TypedResults.Ok(paging.Answer(rows.Select(OrderResponse.Summary).ToList(), total));
    }
}
