using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Identity.Services;

/// <summary>Proves an account's address with the emailed link, and sends that link again while it is unproven.</summary>
public sealed class EmailVerifications(IdentityDbContext db, EmailLinks links, TimeProvider clock)
{
    public async Task<Outcome<User>> VerifyAsync(string? verificationToken, CancellationToken ct)
    {
        var token = await links.FindUsableAsync(verificationToken, OneTimeTokenPurpose.VerifyEmail, ct);
        if (token is null) return Outcome.Refuse<User>(Refusal.Invalid, "Invalid or expired verification token");

        token.User!.EmailVerified = true;
        token.UsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Outcome.Ok(token.User);
    }

    /// <summary>Sends nothing for an unknown or verified address, and says nothing of which it was.</summary>
    public async Task ResendAsync(string email, CancellationToken ct)
    {
        var user = await db.AccountByEmailAsync(email, ct);
        if (user is { EmailVerified: false, PasswordHash: not null })
        {
            links.SendVerification(user, user.Store!.Name);
            await db.SaveChangesAsync(ct);
        }
    }
}
