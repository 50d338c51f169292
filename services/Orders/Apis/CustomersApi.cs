using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Infrastructure;
using QommerceHub.Orders.Model;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Orders.Apis;

/// <summary>The seed's <c>/api/customers</c> routes, plus a customer's order history and lifetime value.</summary>
public static partial class CustomersApi
{
    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/customers").WithTags("Customers").AddEndpointFilter<RequireTenantFilter>()
            .RequirePermission(Permissions.Customers).ProducesTokenProblems();
        api.MapGet("/", List).WithSummary("List customers, searched and paged").ProducesProblems(400);
        api.MapPost("/", Create).WithSummary("Create a customer").ProducesProblems(400, 409);
        api.MapGet("/{id}", Get).WithSummary("Get a customer with their order totals").ProducesProblems(400, 404);
        api.MapPut("/{id}", Update).WithSummary("Change a customer's fields").ProducesProblems(400, 404, 409);
        api.MapDelete("/{id}", Delete).WithSummary("Delete a customer (their orders stay)").ProducesProblems(400, 404);
        api.MapGet("/{id}/orders", History).WithSummary("List a customer's orders").ProducesProblems(400, 404);
        return app;
    }

    public static async Task<Results<Created<CustomerResponse>, ProblemHttpResult>> Create(
        CustomerRequest request, OrdersDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var errors = CustomerInput.ValidateCreate(request);
        if (errors.Any) return ApiResults.Validation(errors);

        if (await EmailTakenAsync(db, request.Email!, exceptId: null, ct)) return DuplicateEmail();

        var now = clock.GetUtcNow();
        var customer = new Customer { TenantId = tenant.Id, Name = "", CreatedAt = now, UpdatedAt = now };
        CustomerInput.Apply(customer, request);
        db.Customers.Add(customer);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await TrySaveAsync(db, ct)) return DuplicateEmail();
        db.Publish(new CustomerCreated
        {
            TenantId = tenant.Id, CustomerId = customer.Id, Name = customer.Name, Email = customer.Email, Phone = customer.Phone, Address = customer.Address,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/api/customers/{customer.Id}", CustomerResponse.From(customer));
    }

    public static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> Update(
        string id, CustomerRequest request, OrdersDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        if (ApiInput.ParseId(id) is not { } customerId) return ApiInput.MalformedId("customer");
        var errors = CustomerInput.ValidateUpdate(request);
        if (errors.Any) return ApiResults.Validation(errors);

        var customer = await FindAsync(db, customerId, ct);
        if (customer is null) return ApiResults.NotFound("Customer");
        if (request.Email is not null && await EmailTakenAsync(db, request.Email, customer.Id, ct)) return DuplicateEmail();
        CustomerInput.Apply(customer, request);
        customer.UpdatedAt = clock.GetUtcNow();
        db.Publish(new CustomerUpdated
        {
            TenantId = tenant.Id, CustomerId = customer.Id, Name = customer.Name, Email = customer.Email, Phone = customer.Phone, Address = customer.Address,
        });
        if (!await TrySaveAsync(db, ct)) return DuplicateEmail();
        return TypedResults.Ok(CustomerResponse.From(customer));
    }

    /// <summary>Soft delete: the customer disappears from lists, while their orders keep the name they were placed under.</summary>
    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> Delete(
        string id, OrdersDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        if (ApiInput.ParseId(id) is not { } customerId) return ApiInput.MalformedId("customer");
        var customer = await FindAsync(db, customerId, ct);
        if (customer is null) return ApiResults.NotFound("Customer");

        customer.DeletedAt = clock.GetUtcNow();
        customer.UpdatedAt = customer.DeletedAt.Value;
        db.Publish(new CustomerDeleted { TenantId = tenant.Id, CustomerId = customer.Id });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Customer deleted"));
    }

    /// <summary>Emails are unique among the store's current customers, whatever their case (ours: 409, the original's sentence).</summary>
    private static Task<bool> EmailTakenAsync(OrdersDbContext db, string email, int? exceptId, CancellationToken ct)
    {
        var wanted = EscapeLike(email.Trim());
        return db.Customers.AnyAsync(c => c.DeletedAt == null && c.Id != exceptId && c.Email != null && EF.Functions.ILike(c.Email, wanted, "\\"), ct);
    }

    private static ProblemHttpResult DuplicateEmail() => ApiResults.Conflict("Customer with this email already exists");

    /// <summary>Saves; false when the unique index caught a duplicate email created at the same moment.</summary>
    private static async Task<bool> TrySaveAsync(OrdersDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }
    }

    internal static Task<Customer?> FindAsync(OrdersDbContext db, int id, CancellationToken ct) =>
        db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, ct);
}
