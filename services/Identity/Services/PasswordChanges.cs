using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Identity.Services;

/// <summary>
/// Sets a new password: the signed-in user's own change keeps the calling session and ends the others; a reset from the
/// emailed link (sent on request) ends every session and clears every address's lockout.
/// </summary>
public sealed class PasswordChanges(
    IdentityDbContext db, IPasswordHasher<User> hasher, LoginThrottles throttles, Sessions sessions, EmailLinks links, TimeProvider clock)
{
    public async Task<Outcome<User>> ChangeAsync(
        User user, ClaimsPrincipal caller, string currentPassword, string newPassword, CancellationToken ct)
    {
        if (!hasher.Matches(user, currentPassword)) return PasswordChecks.WrongCurrentPassword<User>();

        user.PasswordHash = hasher.HashPassword(user, newPassword);
        await sessions.EndOthersAsync(user, caller, ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(user);
    }

    /// <summary>Sends nothing for an unknown address, and says nothing of whether it was.</summary>
    public async Task SendResetLinkAsync(string email, CancellationToken ct)
    {
        var user = await db.AccountByEmailAsync(email, ct);
        if (user?.PasswordHash is not null)
        {
            links.SendPasswordReset(user, user.Store!.Name);
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task<Outcome<User>> ResetAsync(string? resetToken, string newPassword, CancellationToken ct)
    {
        var token = await links.FindUsableAsync(resetToken, OneTimeTokenPurpose.ResetPassword, ct);
        if (token is null) return Outcome.Refuse<User>(Refusal.Invalid, "Invalid or expired reset token");

        var user = token.User!;
        user.PasswordHash = hasher.HashPassword(user, newPassword);
        await throttles.ClearAsync(user.Id, clientAddress: null, ct);
        token.UsedAt = clock.GetUtcNow();
        await sessions.EndAllAsync(user, ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(user);
    }
}
