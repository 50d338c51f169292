using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using QommerceHub.Identity.Apis.Dtos;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Services;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Apis;

public static partial class TenantsApi
{
    /// <summary>The original's <c>{message, tenant:{id, email, role}}</c>, with our profile fields inside <c>tenant</c>.</summary>
    public static async Task<Ok<MeEnvelope>> GetMe(IdentityDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var user = await db.CurrentUserAsync(tenant, ct);
        return TypedResults.Ok(new MeEnvelope("Profile retrieved", MeResponse.From(user, user.Store!)));
    }

    /// <summary>Renames the store (settings permission) or changes the sign-in address (the current password too).</summary>
    public static async Task<Results<Ok<UpdateMeResponse>, ProblemHttpResult>> UpdateMe(
        UpdateMeRequest request, IdentityDbContext db, TenantContext tenant, ClaimsPrincipal principal, ProfileChanges profiles,
        CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Text("store_name", request.StoreName, min: 2, max: 100, required: false)
            .Email("email", request.Email, required: false);
        if (request.StoreName is null && request.Email is null) errors.Add("store_name", "Provide store_name or email to update");
        if (errors.Any) return ApiResults.Validation(errors);

        var user = await db.CurrentUserAsync(tenant, ct);
        var outcome = await profiles.UpdateAsync(user, principal, request.StoreName, request.Email, request.CurrentPassword, ct);
        if (!outcome.Succeeded) return ApiResults.Problem(outcome);
        return TypedResults.Ok(new UpdateMeResponse("Profile updated", MeResponse.From(user, user.Store!)));
    }

    /// <summary>A wrong current password is 401, as in the original; the calling session stays signed in, the others end.</summary>
    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, IdentityDbContext db, TenantContext tenant, ClaimsPrincipal principal, PasswordChanges passwords,
        CancellationToken ct)
    {
        var errors = new FieldErrors().Password("newPassword", request.NewPassword);
        if (string.IsNullOrEmpty(request.CurrentPassword)) errors.Add("currentPassword", "Current password is required");
        if (errors.Any) return ApiResults.Validation(errors);

        var user = await db.CurrentUserAsync(tenant, ct);
        var outcome = await passwords.ChangeAsync(user, principal, request.CurrentPassword!, request.NewPassword!, ct);
        if (!outcome.Succeeded) return ApiResults.Problem(outcome);
        return TypedResults.Ok(new MessageResponse("Password changed successfully"));
    }

    public static async Task<Ok<MessageResponse>> CompleteOnboarding(IdentityDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var user = await db.CurrentUserAsync(tenant, ct);
        user.FirstLogin = false;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Onboarding completed"));
    }
}
