using Microsoft.AspNetCore.Identity;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Identity.Services;

/// <summary>
/// Signs a user in with email and password and starts a session. Wrong passwords are counted per account and client
/// address until that address is locked out of the account; an unverified address is refused where settings say so.
/// </summary>
public sealed class SignIns(
    IdentityDbContext db, IPasswordHasher<User> hasher, LoginThrottles throttles, AccessTokenIssuer issuer, IdentitySettings settings,
    TimeProvider clock)
{
    public async Task<SignInAttempt> SignInAsync(string email, string password, string clientAddress, CancellationToken ct)
    {
        var user = await db.AccountByEmailAsync(email, ct);
        var now = clock.GetUtcNow();
        if (user is not null && await throttles.LockedUntilAsync(user.Id, clientAddress, now, ct) is { } lockedUntil)
            return Locked(lockedUntil - now);

        if (user?.PasswordHash is null || !hasher.Matches(user, password))
        {
            if (user is null)
            {
                // Same work as a real check, so response time does not reveal which emails exist.
                hasher.HashPassword(new User { Email = email, Role = Roles.Staff }, password);
                return InvalidCredentials();
            }
            return await throttles.RegisterFailureAsync(user.Id, clientAddress, now, ct) is { } lockedNow
                ? Locked(lockedNow - now)
                : InvalidCredentials();
        }

        await throttles.ClearAsync(user.Id, clientAddress, ct);
        if (!user.EmailVerified && settings.RequireVerifiedEmail)
        {
            return new SignInAttempt(Outcome.Refuse<SignedIn>(Refusal.Forbidden, "Please verify your email address before logging in",
                new Dictionary<string, object?> { ["emailVerificationRequired"] = true }));
        }

        var tokens = await issuer.IssueAsync(db, user, ct);
        await db.SaveChangesAsync(ct);
        return new SignInAttempt(Outcome.Ok(new SignedIn(user, tokens)));
    }

    private static SignInAttempt InvalidCredentials() =>
        new(Outcome.Refuse<SignedIn>(Refusal.Unauthenticated, "Invalid credentials"));

    private static SignInAttempt Locked(TimeSpan remaining)
    {
        var seconds = (int)Math.Ceiling(remaining.TotalSeconds);
        return new(Outcome.Refuse<SignedIn>(Refusal.Locked,
            $"Account locked after too many failed login attempts. Try again in {Math.Max(1, seconds / 60)} minutes."), seconds);
    }
}
