using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using System.Security.Claims;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Apis;

/// <summary>The signed-in user's own account and store profile.</summary>
public static class AccountEndpoints
{
    /// <summary>The original's <c>{message, tenant:{id, email, role}}</c>, with our profile fields inside <c>tenant</c>.</summary>
    public static async Task<Ok<MeEnvelope>> GetMe(IdentityDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var user = await CurrentUserAsync(db, tenant, ct);
        return TypedResults.Ok(new MeEnvelope("Profile retrieved", MeResponse.From(user, user.Store!)));
    }

    public static async Task<Results<Ok<UpdateMeResponse>, ProblemHttpResult>> UpdateMe(
        UpdateMeRequest request, IdentityDbContext db, TenantContext tenant, EmailLinks links, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Text("store_name", request.StoreName, min: 2, max: 100, required: false)
            .Email("email", request.Email, required: false);
        if (request.StoreName is null && request.Email is null) errors.Add("store_name", "Provide store_name or email to update");
        if (errors.Any) return ApiResults.Validation(errors);

        var user = await CurrentUserAsync(db, tenant, ct);
        if (request.StoreName is not null)
        {
            if (user.Role == Roles.Staff) return ApiResults.Error(StatusCodes.Status403Forbidden, "Only the owner or an admin can rename the store");
            user.Store!.Name = request.StoreName.Trim();
            db.Publish(CustomizationEndpoints.SettingsChanged(user.Store, user.Email));
        }
        if (request.Email is not null && TenantsApi.NormalizeEmail(request.Email) != user.Email)
        {
            var email = TenantsApi.NormalizeEmail(request.Email);
            if (await db.Users.AnyAsync(u => u.Email == email, ct)) return ApiResults.Conflict("Email already registered");
            // A new address must be proven before it can be used to sign in.
            user.Email = email;
            user.EmailVerified = false;
            links.SendVerification(user, user.Store!.Name);
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new UpdateMeResponse("Profile updated", MeResponse.From(user, user.Store!)));
    }

    /// <summary>A wrong current password is 401, as in the original; the calling session stays signed in, the others end.</summary>
    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, IdentityDbContext db, TenantContext tenant, ClaimsPrincipal principal, IPasswordHasher<User> hasher,
        IdentitySettings settings, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors().Password("newPassword", request.NewPassword);
        if (string.IsNullOrEmpty(request.CurrentPassword)) errors.Add("currentPassword", "Current password is required");
        if (errors.Any) return ApiResults.Validation(errors);

        var user = await CurrentUserAsync(db, tenant, ct);
        if (!SessionEndpoints.Verify(hasher, user, request.CurrentPassword!))
            return ApiResults.Error(StatusCodes.Status401Unauthorized, "Current password is incorrect",
                new Dictionary<string, object?> { ["details"] = new[] { new { field = "currentPassword", message = "Current password is incorrect" } } });

        user.PasswordHash = hasher.HashPassword(user, request.NewPassword!);
        var now = clock.GetUtcNow();
        if (SessionEndpoints.SessionOf(principal) is { } session) await SessionEndpoints.EndOtherSessionsAsync(db, user, session, settings, now, ct);
        else await SessionEndpoints.RevokeSessionsAsync(db, user, settings, now, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Password changed successfully"));
    }

    public static async Task<Ok<MessageResponse>> CompleteOnboarding(IdentityDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var user = await CurrentUserAsync(db, tenant, ct);
        user.FirstLogin = false;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Onboarding completed"));
    }

    internal static Task<User> CurrentUserAsync(IdentityDbContext db, TenantContext tenant, CancellationToken ct) =>
        db.Users.Include(u => u.Store).FirstAsync(u => u.Id == tenant.UserId && u.TenantId == tenant.TenantId, ct);
}
