using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Identity.Services;

/// <summary>
/// Opens a store with its owner's account in one transaction, announces it (<see cref="TenantRegistered"/>) and sends
/// the owner the verification email.
/// </summary>
public sealed class StoreSignups(IdentityDbContext db, IPasswordHasher<User> hasher, EmailLinks links, TimeProvider clock)
{
    public async Task<Outcome<OpenedStore>> OpenAsync(string email, string password, string storeName, CancellationToken ct)
    {
        email = EmailAddress.Normalize(email);
        if (await db.Users.AnyAsync(u => u.Email == email && u.PasswordHash != null, ct))
            return Outcome.Conflict<OpenedStore>("Email already registered");

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var store = new Store { Name = storeName.Trim(), CreatedAt = now };
        db.Stores.Add(store);
        // The owner needs the store's id.
        await db.SaveChangesAsync(ct);

        var owner = new User { TenantId = store.Id, Email = email, Role = Roles.Owner, CreatedAt = now };
        owner.PasswordHash = hasher.HashPassword(owner, password);
        db.Users.Add(owner);
        db.Publish(new TenantRegistered { TenantId = store.Id, StoreName = store.Name, OwnerEmail = email });
        links.SendVerification(owner, store.Name);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Ok(new OpenedStore(store, owner));
    }
}
