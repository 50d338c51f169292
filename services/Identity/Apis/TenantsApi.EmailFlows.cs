using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.Identity.Services;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.Identity.Apis;

public static partial class TenantsApi
{
    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> VerifyEmail(
        TokenRequest request, IdentityDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var token = await FindUsableAsync(db, request.Token, OneTimeTokenPurpose.VerifyEmail, clock, ct);
        if (token is null) return ApiResults.BadRequest("Invalid or expired verification token");

        token.User!.EmailVerified = true;
        token.UsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Email verified. You can now log in."));
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> ResendVerification(
        EmailRequest request, IdentityDbContext db, EmailLinks links, CancellationToken ct)
    {
        var errors = new FieldErrors().Email("email", request.Email);
        if (errors.Any) return ApiResults.Validation(errors);

        var email = EmailAddress.Normalize(request.Email!);
        var user = await db.Users.Include(u => u.Store).FirstOrDefaultAsync(u => u.Email == email && u.PasswordHash != null, ct);
        if (user is { EmailVerified: false, PasswordHash: not null })
        {
            links.SendVerification(user, user.Store!.Name);
            await db.SaveChangesAsync(ct);
        }
        // The same answer either way, so the endpoint cannot be used to discover accounts.
        return TypedResults.Ok(new MessageResponse("If that account exists and is not verified, a new verification email has been sent."));
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> ForgotPassword(
        EmailRequest request, IdentityDbContext db, EmailLinks links, CancellationToken ct)
    {
        var errors = new FieldErrors().Email("email", request.Email);
        if (errors.Any) return ApiResults.Validation(errors);

        var email = EmailAddress.Normalize(request.Email!);
        var user = await db.Users.Include(u => u.Store).FirstOrDefaultAsync(u => u.Email == email && u.PasswordHash != null, ct);
        if (user?.PasswordHash is not null)
        {
            links.SendPasswordReset(user, user.Store!.Name);
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Ok(new MessageResponse("If that account exists, a password reset link has been sent."));
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> ResetPassword(
        ResetPasswordRequest request, IdentityDbContext db, IPasswordHasher<User> hasher, LoginThrottles throttles, Sessions sessions,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors().Password("password", request.Password);
        if (errors.Any) return ApiResults.Validation(errors);
        var token = await FindUsableAsync(db, request.Token, OneTimeTokenPurpose.ResetPassword, clock, ct);
        if (token is null) return ApiResults.BadRequest("Invalid or expired reset token");

        var user = token.User!;
        var now = clock.GetUtcNow();
        user.PasswordHash = hasher.HashPassword(user, request.Password!);
        await throttles.ClearAsync(user.Id, clientAddress: null, ct);
        token.UsedAt = now;
        await sessions.EndAllAsync(user, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Password has been reset. You can now log in."));
    }

    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> AcceptInvitation(
        AcceptInvitationRequest request, IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors().Password("password", request.Password);
        if (errors.Any) return ApiResults.Validation(errors);
        var token = await FindUsableAsync(db, request.Token, OneTimeTokenPurpose.AcceptInvitation, clock, ct);
        if (token is null) return ApiResults.BadRequest("Invalid or expired invitation");

        var user = token.User!;
        // Sign-in is by email alone, so an address can hold one account; the one it has stays as it is.
        if (await db.Users.AnyAsync(u => u.Email == user.Email && u.PasswordHash != null, ct))
            return ApiResults.Conflict("This address already has an account; ask the store to invite another address");
        user.PasswordHash = hasher.HashPassword(user, request.Password!);
        // The invitation reached this address, which proves it.
        user.EmailVerified = true;
        token.UsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Invitation accepted. You can now log in."));
    }

    /// <summary>
    /// The link in the old address's change notice: the address comes back (proven by the mail reaching it), every
    /// session ends, and a password-reset link follows, in case whoever changed it also knew the password.
    /// </summary>
    public static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> RevertEmailChange(
        TokenRequest request, IdentityDbContext db, EmailLinks links, Sessions sessions, TimeProvider clock, CancellationToken ct)
    {
        var token = await FindUsableAsync(db, request.Token, OneTimeTokenPurpose.RevertEmailChange, clock, ct);
        if (token?.Payload is not { } previousEmail) return ApiResults.BadRequest("Invalid or expired link");
        var user = await db.Users.Include(u => u.Store).FirstAsync(u => u.Id == token.UserId, ct);
        if (await db.Users.AnyAsync(u => u.Id != user.Id && u.Email == previousEmail && (u.PasswordHash != null || u.TenantId == user.TenantId), ct))
            return ApiResults.Conflict("That address now belongs to another account");

        var now = clock.GetUtcNow();
        user.Email = previousEmail;
        user.EmailVerified = true;
        token.UsedAt = now;
        await sessions.EndAllAsync(user, ct);
        links.SendPasswordReset(user, user.Store!.Name);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new MessageResponse("Your email address is back and every session has been signed out. A link to choose a new password is on its way."));
    }

    private static async Task<OneTimeToken?> FindUsableAsync(
        IdentityDbContext db, string? rawToken, OneTimeTokenPurpose purpose, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(rawToken) || rawToken.Length > 200) return null;
        var hash = SecretTokens.Hash(rawToken);
        var token = await db.OneTimeTokens.Include(t => t.User)
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == purpose, ct);
        return token is not null && token.IsUsable(clock.GetUtcNow()) ? token : null;
    }
}
