using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.Identity.Services;
using System.Security.Claims;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Http;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Identity.Apis;

public static partial class TenantsApi
{
    public static async Task<Results<Created<SignupResponse>, ProblemHttpResult>> Signup(
        SignupRequest request, IdentityDbContext db, IPasswordHasher<User> hasher, EmailLinks links, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Email("email", request.Email)
            .Password("password", request.Password)
            .Text("store_name", request.StoreName, min: 2, max: 100);
        if (errors.Any) return ApiResults.Validation(errors);

        var email = NormalizeEmail(request.Email!);
        if (await db.Users.AnyAsync(u => u.Email == email && u.PasswordHash != null, ct))
            return ApiResults.Conflict("Email already registered");

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var store = new Store { Name = request.StoreName!.Trim(), CreatedAt = now };
        db.Stores.Add(store);
        await db.SaveChangesAsync(ct);

        var owner = new User { TenantId = store.Id, Email = email, Role = Roles.Owner, CreatedAt = now };
        owner.PasswordHash = hasher.HashPassword(owner, request.Password!);
        db.Users.Add(owner);
        db.Publish(new TenantRegistered { TenantId = store.Id, StoreName = store.Name, OwnerEmail = email });
        links.SendVerification(owner, store.Name);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var summary = new TenantSummary(store.Id, email, store.Name, now, EmailVerified: false);
        return TypedResults.Created("/api/tenants/me",
            new SignupResponse("Account created. Please check your email to verify your address.", summary, true));
    }

    public static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> Login(
        LoginRequest request, IdentityDbContext db, IPasswordHasher<User> hasher, LoginThrottles throttles,
        AccessTokenIssuer issuer, IdentitySettings settings, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = new FieldErrors().Email("email", request.Email);
        if (string.IsNullOrEmpty(request.Password)) errors.Add("password", "Password is required");
        if (errors.Any) return ApiResults.Validation(errors);

        var email = NormalizeEmail(request.Email!);
        var user = await db.Users.Include(u => u.Store).FirstOrDefaultAsync(u => u.Email == email && u.PasswordHash != null, ct);
        var now = clock.GetUtcNow();
        var address = ClientAddress.Of(http);
        if (user is not null && await throttles.LockedUntilAsync(user.Id, address, now, ct) is { } lockedUntil)
            return Locked(lockedUntil, now, http.Response);

        if (user?.PasswordHash is null || !Verify(hasher, user, request.Password!))
        {
            if (user is null)
            {
                // Same work as a real check, so response time does not reveal which emails exist.
                hasher.HashPassword(new User { Email = email, Role = Roles.Staff }, request.Password!);
                return InvalidCredentials();
            }
            return await throttles.RegisterFailureAsync(user.Id, address, now, ct) is { } lockedNow
                ? Locked(lockedNow, now, http.Response)
                : InvalidCredentials();
        }

        await throttles.ClearAsync(user.Id, address, ct);
        if (!user.EmailVerified && settings.RequireVerifiedEmail)
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "Please verify your email address before logging in",
                new Dictionary<string, object?> { ["emailVerificationRequired"] = true });
        }

        var tokens = await issuer.IssueAsync(db, user, ct);
        await db.SaveChangesAsync(ct);
        var tenant = new LoginTenant(user.TenantId, user.Id, user.Email, user.Store!.Name, user.Role, user.FirstLogin);
        return TypedResults.Ok(new LoginResponse("Login successful", tokens.AccessToken, tokens.RefreshToken, tenant));
    }

    /// <summary>The original's <c>{token, expiresIn}</c>, plus the rotated refresh token that replaces the one sent.</summary>
    public static async Task<Results<Ok<RefreshResponse>, ProblemHttpResult>> Refresh(
        RefreshRequest request, IdentityDbContext db, AccessTokenIssuer issuer, Sessions sessions, IdentitySettings settings, TimeProvider clock,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken) || request.RefreshToken.Length > 200)
            return ApiResults.Validation(new FieldErrors().Add("refreshToken", "Refresh token is required"));

        var hash = SecretTokens.Hash(request.RefreshToken);
        var stored = await db.RefreshTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        var now = clock.GetUtcNow();
        if (stored is null) return InvalidRefreshToken();
        if (stored.RevokedAt is not null)
        {
            // A rotated token used again while its session goes on means it was copied: end every session of that
            // user. A token of a session that ended (logout, password change elsewhere) is simply refused.
            if (await db.RefreshTokens.AnyAsync(t => t.UserId == stored.UserId && t.SessionId == stored.SessionId && t.RevokedAt == null, ct))
            {
                await sessions.EndAllAsync(stored.User!, ct);
                await db.SaveChangesAsync(ct);
            }
            return InvalidRefreshToken();
        }
        if (!stored.IsActive(now)) return InvalidRefreshToken();

        stored.RevokedAt = now;
        var tokens = await issuer.IssueAsync(db, stored.User!, ct, stored.SessionId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new RefreshResponse(tokens.AccessToken, settings.ExpiresIn, tokens.RefreshToken));
    }

    /// <summary>Ends the session that called it; the user's other devices stay signed in.</summary>
    public static async Task<Ok<MessageResponse>> Logout(
        IdentityDbContext db, TenantContext tenant, ClaimsPrincipal principal, Sessions sessions, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == tenant.UserId, ct);
        await sessions.EndCallersAsync(user, principal, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Logged out successfully"));
    }

    internal static bool Verify(IPasswordHasher<User> hasher, User user, string password) =>
        hasher.VerifyHashedPassword(user, user.PasswordHash!, password) != PasswordVerificationResult.Failed;

    private static ProblemHttpResult InvalidCredentials() =>
        ApiResults.Error(StatusCodes.Status401Unauthorized, "Invalid credentials");

    private static ProblemHttpResult InvalidRefreshToken() =>
        ApiResults.Error(StatusCodes.Status401Unauthorized, "Invalid or expired refresh token");

    private static ProblemHttpResult Locked(DateTimeOffset lockedUntil, DateTimeOffset now, HttpResponse response)
    {
        var seconds = (int)Math.Ceiling((lockedUntil - now).TotalSeconds);
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ApiResults.Error(StatusCodes.Status423Locked,
            $"Account locked after too many failed login attempts. Try again in {Math.Max(1, seconds / 60)} minutes.");
    }
}
