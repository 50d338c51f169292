using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Apis;

/// <summary>
/// The store's team: invitations, roles and removal, the owner's alone (the users permission). An invitation is a
/// user without a password until accepted, so inviting an address that has an account in another store answers
/// exactly as for a new address: the owner learns nothing about other stores.
/// </summary>
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
        InviteStaffRequest request, IdentityDbContext db, TenantContext tenant, EmailLinks links, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors().Email("email", request.Email);
        if (!Roles.IsInvitable(request.Role)) errors.Add("role", RoleMessage);
        if (errors.Any) return ApiResults.Validation(errors);

        var email = EmailAddress.Normalize(request.Email!);
        // Only this store's own team is looked at; whether the address has an account elsewhere shows at acceptance.
        if (await db.Users.AnyAsync(u => u.TenantId == tenant.Id && u.Email == email, ct))
            return ApiResults.Conflict("This address is already in your team");

        var inviter = await TenantsApi.CurrentUserAsync(db, tenant, ct);
        var user = new User { TenantId = tenant.Id, Email = email, Role = request.Role!, CreatedAt = clock.GetUtcNow() };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        links.SendInvitation(user, inviter.Store!.Name, inviter.Email);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/tenants/staff/{user.Id}", StaffMember.From(user));
    }

    public static async Task<Results<Ok<StaffMember>, ProblemHttpResult>> ChangeRole(
        int id, ChangeRoleRequest request, IdentityDbContext db, TenantContext tenant, IdentitySettings settings, TimeProvider clock,
        CancellationToken ct)
    {
        if (!Roles.IsInvitable(request.Role)) return ApiResults.Validation(new FieldErrors().Add("role", RoleMessage));

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id && u.TenantId == tenant.Id, ct);
        if (user is null) return ApiResults.NotFound("Staff member");
        if (user.Role == Roles.Owner) return ApiResults.Conflict("The owner's role cannot be changed");

        user.Role = request.Role!;
        // Tokens carry the role: make the user sign in again to pick up the new one.
        AccessRevocations.EndIssuedTokens(db, user, settings, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(StaffMember.From(user));
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> Remove(
        int id, IdentityDbContext db, TenantContext tenant, IdentitySettings settings, TimeProvider clock, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id && u.TenantId == tenant.Id, ct);
        if (user is null) return ApiResults.NotFound("Staff member");
        if (user.Role == Roles.Owner) return ApiResults.Conflict("The owner cannot be removed");
        if (user.Id == tenant.UserId) return ApiResults.Conflict("You cannot remove yourself");

        AccessRevocations.EndAllTokens(db, user, settings, clock.GetUtcNow());
        db.Users.Remove(user);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Staff member removed"));
    }
}
