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
            .RequirePermission(Permissions.Customers);
        api.MapGet("/", List);
        api.MapPost("/", Create);
        api.MapGet("/{id}", Get);
        api.MapPut("/{id}", Update);
        api.MapDelete("/{id}", Delete);
        api.MapGet("/{id}/orders", History);
        return app;
    }

    public static async Task<Results<Created<CustomerResponse>, ProblemHttpResult>> Create(
        CustomerRequest request, OrdersDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        var errors = CustomerInput.ValidateCreate(request);
        if (errors.Any) return ApiResults.Validation(errors);

        var now = clock.GetUtcNow();
        var customer = new Customer { TenantId = tenant.Id, Name = "", CreatedAt = now, UpdatedAt = now };
        CustomerInput.Apply(customer, request);
        db.Customers.Add(customer);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
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
        if (customer is null) return ApiInput.CustomerNotFound();
        CustomerInput.Apply(customer, request);
        customer.UpdatedAt = clock.GetUtcNow();
        db.Publish(new CustomerUpdated
        {
            TenantId = tenant.Id, CustomerId = customer.Id, Name = customer.Name, Email = customer.Email, Phone = customer.Phone, Address = customer.Address,
        });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(CustomerResponse.From(customer));
    }

    /// <summary>Soft delete: the customer disappears from lists, while their orders keep the name they were placed under.</summary>
    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> Delete(
        string id, OrdersDbContext db, TenantContext tenant, TimeProvider clock, CancellationToken ct)
    {
        if (ApiInput.ParseId(id) is not { } customerId) return ApiInput.MalformedId("customer");
        var customer = await FindAsync(db, customerId, ct);
        if (customer is null) return ApiInput.CustomerNotFound();

        customer.DeletedAt = clock.GetUtcNow();
        customer.UpdatedAt = customer.DeletedAt.Value;
        db.Publish(new CustomerDeleted { TenantId = tenant.Id, CustomerId = customer.Id });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Customer deleted"));
    }

    internal static Task<Customer?> FindAsync(OrdersDbContext db, int id, CancellationToken ct) =>
        db.Customers.FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, ct);
}
