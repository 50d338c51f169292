using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Security;

/// <summary>
/// Counts wrong passwords per account and client address in one atomic statement, so parallel guesses cannot slip
/// past the count, and answers whether that address is locked out of that account.
/// </summary>
public sealed class LoginThrottles(IdentityDbContext db, LoginLockout lockout)
{
    public async Task<DateTimeOffset?> LockedUntilAsync(int userId, string clientAddress, DateTimeOffset now, CancellationToken ct)
    {
        var until = await db.LoginThrottles.AsNoTracking()
            .Where(t => t.UserId == userId && t.ClientAddress == clientAddress)
            .Select(t => t.LockedUntil).FirstOrDefaultAsync(ct);
        return until > now ? until : null;
    }

    /// <summary>Counts one wrong password; returns when the lock ends if this one locked the address out.</summary>
    public async Task<DateTimeOffset?> RegisterFailureAsync(int userId, string clientAddress, DateTimeOffset now, CancellationToken ct)
    {
        var lockUntil = now + lockout.Duration;
        var locked = await db.Database.SqlQuery<DateTimeOffset?>($"""
            INSERT INTO identity.login_throttles AS t (user_id, client_address, failed_count, locked_until, updated_at)
            VALUES ({userId}, {clientAddress}, 1, NULL, {now})
            ON CONFLICT (user_id, client_address) DO UPDATE SET
                failed_count = CASE WHEN t.failed_count + 1 >= {lockout.MaxFailedAttempts} THEN 0 ELSE t.failed_count + 1 END,
                locked_until = CASE WHEN t.failed_count + 1 >= {lockout.MaxFailedAttempts} THEN {lockUntil} ELSE t.locked_until END,
                updated_at = {now}
            RETURNING t.locked_until AS "Value"
            """).ToListAsync(ct);
        return locked.FirstOrDefault() is { } until && until > now ? until : null;
    }

    /// <summary>A right password clears that address's count; a password reset clears every address's.</summary>
    public Task ClearAsync(int userId, string? clientAddress, CancellationToken ct) =>
        db.LoginThrottles.Where(t => t.UserId == userId && (clientAddress == null || t.ClientAddress == clientAddress))
            .ExecuteDeleteAsync(ct);
}

/// <summary>The caller's address as the gateway saw it.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The gateway replaces X-Forwarded-For with the address it saw, so its last entry is the client; a caller that
    /// reaches the service directly (local runs only: deployments expose the gateway alone) is known by its socket.
    /// </summary>
    public static string Of(HttpContext context)
    {
        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString();
        var last = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        var address = last is not null && System.Net.IPAddress.TryParse(last, out var parsed) ? parsed : context.Connection.RemoteIpAddress;
        return address?.ToString() ?? "unknown";
    }
}
