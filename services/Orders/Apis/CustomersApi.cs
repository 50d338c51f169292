using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Orders.Apis.Dtos;
using QommerceHub.Orders.Services;
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
        CustomerRequest request, CustomerChanges changes, CancellationToken ct)
    {
        var errors = CustomerInput.ValidateCreate(request);
        if (errors.Any) return ApiResults.Validation(errors);

        var created = await changes.CreateAsync(CustomerInput.Fields(request), ct);
        if (!created.Succeeded) return ApiResults.Problem(created);
        return TypedResults.Created($"/api/customers/{created.Value!.Id}", CustomerResponse.From(created.Value));
    }

    public static async Task<Results<Ok<CustomerResponse>, ProblemHttpResult>> Update(
        string id, CustomerRequest request, CustomerChanges changes, CancellationToken ct)
    {
        if (ApiInput.ParseId(id) is not { } customerId) return ApiInput.MalformedId("customer");
        var errors = CustomerInput.ValidateUpdate(request);
        if (errors.Any) return ApiResults.Validation(errors);

        var updated = await changes.UpdateAsync(customerId, CustomerInput.Fields(request), ct);
        return updated.Succeeded ? TypedResults.Ok(CustomerResponse.From(updated.Value!)) : ApiResults.Problem(updated);
    }

    /// <summary>Soft delete: the customer disappears from lists, while their orders keep the name they were placed under.</summary>
    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> Delete(
        string id, CustomerChanges changes, CancellationToken ct)
    {
        if (ApiInput.ParseId(id) is not { } customerId) return ApiInput.MalformedId("customer");
        var deleted = await changes.DeleteAsync(customerId, ct);
        return deleted.Succeeded ? TypedResults.Ok(new MessageResponse("Customer deleted")) : ApiResults.Problem(deleted);
    }
}
