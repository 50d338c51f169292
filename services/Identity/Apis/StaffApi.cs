using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Apis;

/// <summary>The store's team: invitations, roles and removal. Owners and admins manage; only owners grant admin.</summary>
public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/tenants/staff").WithTags("Staff").RequireAuthorization(Policies.Managers);
        api.MapGet("/", List);
        api.MapPost("/", Invite);
        api.MapPut("/{id:int}/role", ChangeRole);
        api.MapDelete("/{id:int}", Remove);
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
        if (!Roles.IsInvitable(request.Role)) errors.Add("role", "Role must be admin or staff");
        if (errors.Any) return ApiResults.Validation(errors);
        if (request.Role == Roles.Admin && tenant.Role != Roles.Owner)
            return ApiResults.Error(StatusCodes.Status403Forbidden, "Only the owner can invite an admin");

        var email = TenantsApi.NormalizeEmail(request.Email!);
        if (await db.Users.AnyAsync(u => u.Email == email, ct)) return ApiResults.Conflict("Email already registered");

        var inviter = await AccountEndpoints.CurrentUserAsync(db, tenant, ct);
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
        if (!Roles.IsInvitable(request.Role)) return ApiResults.Validation(new FieldErrors().Add("role", "Role must be admin or staff"));
        if (tenant.Role != Roles.Owner) return ApiResults.Error(StatusCodes.Status403Forbidden, "Only the owner can change roles");

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
        if (user.Role == Roles.Admin && tenant.Role != Roles.Owner)
            return ApiResults.Error(StatusCodes.Status403Forbidden, "Only the owner can remove an admin");

        AccessRevocations.EndAllTokens(db, user, settings, clock.GetUtcNow());
        db.Users.Remove(user);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Staff member removed"));
    }
}
