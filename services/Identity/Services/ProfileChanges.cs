using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.IntegrationEvents.Events;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Identity.Services;

/// <summary>
/// Renames the store or changes the sign-in address, and puts an address back from the change notice's link. A new
/// address needs the current password, ends the user's other sessions and tells the old address, with a link back: a
/// stolen access token alone cannot take the account over.
/// </summary>
public sealed class ProfileChanges(
    IdentityDbContext db, IPasswordHasher<User> hasher, EmailLinks links, Sessions sessions, TimeProvider clock)
{
    /// <summary>Both changes or neither: a refused email change leaves the store's name as it was.</summary>
    public async Task<Outcome<User>> UpdateAsync(
        User user, ClaimsPrincipal caller, string? storeName, string? email, string? currentPassword, CancellationToken ct)
    {
        if (storeName is not null && storeName.Trim() != user.Store!.Name)
        {
            if (!Permissions.Allows(user.Role, Permissions.Settings))
                return Outcome.Refuse<User>(Refusal.Forbidden, "Only the store owner can rename the store");
            user.Store!.Name = storeName.Trim();
            db.Publish(StoreEvents.SettingsChanged(user.Store, user.Email));
        }
        if (email is not null && EmailAddress.Normalize(email) != user.Email)
        {
            if (string.IsNullOrEmpty(currentPassword))
                return Outcome.Invalid<User>(new FieldErrors().Add("currentPassword", "Current password is required to change the email"));
            if (!hasher.Matches(user, currentPassword)) return PasswordChecks.WrongCurrentPassword<User>();
            var newEmail = EmailAddress.Normalize(email);
            if (await db.Users.AnyAsync(u => u.Email == newEmail && (u.PasswordHash != null || u.TenantId == user.TenantId), ct))
                return Outcome.Conflict<User>("Email already registered");

            var oldEmail = user.Email;
            // A new address must be proven before it can be used to sign in.
            user.Email = newEmail;
            user.EmailVerified = false;
            links.SendVerification(user, user.Store!.Name);
            links.SendEmailChangeNotice(user, oldEmail, user.Store.Name);
            await sessions.EndOthersAsync(user, caller, ct);
        }
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(user);
    }

    /// <summary>
    /// The address comes back (proven by the mail reaching it), every session ends, and a password-reset link follows,
    /// in case whoever changed it also knew the password.
    /// </summary>
    public async Task<Outcome<User>> RevertEmailAsync(string? revertToken, CancellationToken ct)
    {
        var token = await links.FindUsableAsync(revertToken, OneTimeTokenPurpose.RevertEmailChange, ct);
        if (token?.Payload is not { } previousEmail) return Outcome.Refuse<User>(Refusal.Invalid, "Invalid or expired link");
        var user = await db.Users.Include(u => u.Store).FirstAsync(u => u.Id == token.UserId, ct);
        if (await db.Users.AnyAsync(u => u.Id != user.Id && u.Email == previousEmail && (u.PasswordHash != null || u.TenantId == user.TenantId), ct))
            return Outcome.Conflict<User>("That address now belongs to another account");

        user.Email = previousEmail;
        user.EmailVerified = true;
        token.UsedAt = clock.GetUtcNow();
        await sessions.EndAllAsync(user, ct);
        links.SendPasswordReset(user, user.Store!.Name);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(user);
    }
}
