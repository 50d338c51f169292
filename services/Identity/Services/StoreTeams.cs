using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Tenancy;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Identity.Services;

/// <summary>
/// The store's team: invitations and their acceptance, roles and removal. An invitation is a user without a password
/// until accepted, so inviting an address that has an account in another store answers exactly as for a new address:
/// the owner learns nothing about other stores.
/// </summary>
public sealed class StoreTeams(
    IdentityDbContext db, TenantContext tenant, IPasswordHasher<User> hasher, EmailLinks links, IdentitySettings settings, TimeProvider clock)
{
    public async Task<Outcome<User>> InviteAsync(string email, string role, CancellationToken ct)
    {
        email = EmailAddress.Normalize(email);
        // Only this store's own team is looked at; whether the address has an account elsewhere shows at acceptance.
        if (await db.Users.AnyAsync(u => u.TenantId == tenant.Id && u.Email == email, ct))
            return Outcome.Conflict<User>("This address is already in your team");

        var inviter = await db.CurrentUserAsync(tenant, ct);
        var user = new User { TenantId = tenant.Id, Email = email, Role = role, CreatedAt = clock.GetUtcNow() };
        db.Users.Add(user);
        // The invitation's token needs the user's id.
        await db.SaveChangesAsync(ct);
        links.SendInvitation(user, inviter.Store!.Name, inviter.Email);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(user);
    }

    public async Task<Outcome<User>> AcceptInvitationAsync(string? invitationToken, string password, CancellationToken ct)
    {
        var token = await links.FindUsableAsync(invitationToken, OneTimeTokenPurpose.AcceptInvitation, ct);
        if (token is null) return Outcome.Refuse<User>(Refusal.Invalid, "Invalid or expired invitation");

        var user = token.User!;
        // Sign-in is by email alone, so an address can hold one account; the one it has stays as it is.
        if (await db.Users.AnyAsync(u => u.Email == user.Email && u.PasswordHash != null, ct))
            return Outcome.Conflict<User>("This address already has an account; ask the store to invite another address");
        user.PasswordHash = hasher.HashPassword(user, password);
        // The invitation reached this address, which proves it.
        user.EmailVerified = true;
        token.UsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(user);
    }

    public async Task<Outcome<User>> ChangeRoleAsync(int userId, string role, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.TenantId == tenant.Id, ct);
        if (user is null) return Outcome.NotFound<User>("Staff member");
        if (user.Role == Roles.Owner) return Outcome.Conflict<User>("The owner's role cannot be changed");

        user.Role = role;
        // Tokens carry the role: make the user sign in again to pick up the new one.
        AccessRevocations.EndIssuedTokens(db, user, settings, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(user);
    }

    public async Task<Outcome<User>> RemoveAsync(int userId, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.TenantId == tenant.Id, ct);
        if (user is null) return Outcome.NotFound<User>("Staff member");
        if (user.Role == Roles.Owner) return Outcome.Conflict<User>("The owner cannot be removed");
        if (user.Id == tenant.UserId) return Outcome.Conflict<User>("You cannot remove yourself");

        AccessRevocations.EndAllTokens(db, user, settings, clock.GetUtcNow());
        db.Users.Remove(user);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(user);
    }
}
