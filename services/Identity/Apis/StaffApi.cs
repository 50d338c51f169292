using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Apis.Dtos;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Services;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Apis;

/// <summary>The store's team (<see cref="StoreTeams"/>): invitations, roles and removal, the owner's alone (the users permission).</summary>
public static class StaffApi
{
    private const string RoleMessage = "Role must be manager or staff";

    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tenants/staff").WithTags("Staff").RequirePermission(Permissions.Users).ProducesTokenProblems();
        api.MapGet("/", List).WithSummary("List the store's staff and open invitations");
        api.MapPost("/", Invite).WithSummary("Invite a staff member by email").ProducesProblems(400, 409);
        api.MapPut("/{id:int}/role", ChangeRole).WithSummary("Change a staff member's role").ProducesProblems(400, 404, 409);
        api.MapDelete("/{id:int}", Remove).WithSummary("Remove a staff member").ProducesProblems(404, 409);
        return app;
    }

    public static async Task<Ok<StaffMember[]>> List(IdentityDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var users = await db.Users.Where(u => u.TenantId == tenant.Id).OrderBy(u => u.Id).ToListAsync(ct);
        return TypedResults.Ok(users.Select(StaffMember.From).ToArray());
    }

    public static async Task<Results<Created<StaffMember>, ProblemHttpResult>> Invite(
        InviteStaffRequest request, StoreTeams teams, CancellationToken ct)
    {
        var errors = new FieldErrors().Email("email", request.Email);
        if (!Roles.IsInvitable(request.Role)) errors.Add("role", RoleMessage);
        if (errors.Any) return ApiResults.Validation(errors);

        var outcome = await teams.InviteAsync(request.Email!, request.Role!, ct);
        if (outcome.Value is not { } user) return ApiResults.Problem(outcome);
        return TypedResults.Created($"/api/tenants/staff/{user.Id}", StaffMember.From(user));
    }

    public static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> ChangeRole(
        int id, ChangeRoleRequest request, StoreTeams teams, CancellationToken ct)
    {
        if (!Roles.IsInvitable(request.Role)) return ApiResults.Validation(new FieldErrors().Add("role", RoleMessage));

        var outcome = await teams.ChangeRoleAsync(id, request.Role!, ct);
        if (outcome.Value is not { } user) return ApiResults.Problem(outcome);
        return TypedResults.Ok(StaffMember.From(user));
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> Remove(int id, StoreTeams teams, CancellationToken ct)
    {
        var outcome = await teams.RemoveAsync(id, ct);
        if (!outcome.Succeeded) return ApiResults.Problem(outcome);
        return TypedResults.Ok(new MessageResponse("Staff member removed"));
    }
}
