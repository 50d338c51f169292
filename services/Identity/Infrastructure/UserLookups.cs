using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Model;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Infrastructure;

/// <summary>The two ways a request finds its user: by the token's ids, or by the email it signs in with.</summary>
public static class UserLookups
{
    /// <summary>The signed-in user, with their store.</summary>
    public static Task<User> CurrentUserAsync(this IdentityDbContext db, TenantContext tenant, CancellationToken ct) =>
        db.Users.Include(u => u.Store).FirstAsync(u => u.Id == tenant.UserId && u.TenantId == tenant.TenantId, ct);

    /// <summary>The account that signs in with this address, with its store; an invitation not yet accepted is none.</summary>
    public static Task<User?> AccountByEmailAsync(this IdentityDbContext db, string email, CancellationToken ct)
    {
        var normalized = EmailAddress.Normalize(email);
        return db.Users.Include(u => u.Store).FirstOrDefaultAsync(u => u.Email == normalized && u.PasswordHash != null, ct);
    }
}
