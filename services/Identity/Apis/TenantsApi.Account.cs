using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.Identity.Services;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Apis;

public static partial class TenantsApi
{
    /// <summary>The original's <c>{message, tenant:{id, email, role}}</c>, with our profile fields inside <c>tenant</c>.</summary>
    public static async Task<Ok<MeEnvelope>> GetMe(IdentityDbContext db, TenantContext tenant, CancellationToken ct)
    {
        var user = await CurrentUserAsync(db, tenant, ct);
        return TypedResults.Ok(new MeEnvelope("Profile retrieved", MeResponse.From(user, user.Store!)));
    }

    /// <summary>
    /// Renames the store (settings permission) or changes the sign-in address. A new address needs the current
    /// password, ends the user's other sessions and tells the old address, with a link back: a stolen access token
    /// alone cannot take the account over.
    /// </summary>
    public static async Task<Results<Ok<UpdateMeResponse>, ProblemHttpResult>> UpdateMe(
        UpdateMeRequest request, IdentityDbContext db, TenantContext tenant, ClaimsPrincipal principal, EmailLinks links,
        IPasswordHasher<User> hasher, Sessions sessions, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Text("store_name", request.StoreName, min: 2, max: 100, required: false)
            .Email("email", request.Email, required: false);
        if (request.StoreName is null && request.Email is null) errors.Add("store_name", "Provide store_name or email to update");
        if (errors.Any) return ApiResults.Validation(errors);

        var user = await CurrentUserAsync(db, tenant, ct);
        if (request.StoreName is not null && request.StoreName.Trim() != user.Store!.Name)
        {
            if (!Permissions.Allows(user.Role, Permissions.Settings))
                return ApiResults.Error(StatusCodes.Status403Forbidden, "Only the store owner can rename the store");
            user.Store!.Name = request.StoreName.Trim();
            db.Publish(CustomizationApi.SettingsChanged(user.Store, user.Email));
        }
        if (request.Email is not null && EmailAddress.Normalize(request.Email) != user.Email)
        {
            if (string.IsNullOrEmpty(request.CurrentPassword))
                return ApiResults.Validation(new FieldErrors().Add("currentPassword", "Current password is required to change the email"));
            if (!hasher.Matches(user, request.CurrentPassword)) return WrongCurrentPassword();
            var email = EmailAddress.Normalize(request.Email);
            if (await db.Users.AnyAsync(u => u.Email == email && (u.PasswordHash != null || u.TenantId == user.TenantId), ct))
                return ApiResults.Conflict("Email already registered");

            var oldEmail = user.Email;
            // A new address must be proven before it can be used to sign in.
            user.Email = email;
            user.EmailVerified = false;
            links.SendVerification(user, user.Store!.Name);
            links.SendEmailChangeNotice(user, oldEmail, user.Store.Name);
            await sessions.EndOthersAsync(user, principal, ct);
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new UpdateMeResponse("Profile updated", MeResponse.From(user, user.Store!)));
    }

    /// <summary>A wrong current password is 401, as in the original; the calling session stays signed in, the others end.</summary>
    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, IdentityDbContext db, TenantContext tenant, ClaimsPrincipal principal, IPasswordHasher<User> hasher,
        Sessions sessions, CancellationToken ct)
    {
        var errors = new FieldErrors().Password("newPassword", request.NewPassword);
        if (string.IsNullOrEmpty(request.CurrentPassword)) errors.Add("currentPassword", "Current password is required");
        if (errors.Any) return ApiResults.Validation(errors);

        var user = await CurrentUserAsync(db, tenant, ct);
        if (!hasher.Matches(user, request.CurrentPassword!)) return WrongCurrentPassword();

        user.PasswordHash = hasher.HashPassword(user, request.NewPassword!);
        await sessions.EndOthersAsync(user, principal, ct);
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

    private static ProblemHttpResult WrongCurrentPassword() =>
        ApiResults.Error(StatusCodes.Status401Unauthorized, "Current password is incorrect",
            new Dictionary<string, object?> { ["details"] = new[] { new { field = "currentPassword", message = "Current password is incorrect" } } });

    internal static Task<User> CurrentUserAsync(IdentityDbContext db, TenantContext tenant, CancellationToken ct) =>
        db.Users.Include(u => u.Store).FirstAsync(u => u.Id == tenant.UserId && u.TenantId == tenant.TenantId, ct);
}
