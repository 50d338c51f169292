using Microsoft.EntityFrameworkCore;
using QommerceHub.Contracts;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Security;

/// <summary>
/// Creates single-use tokens and queues the event whose email carries the link to the web page; finds the token again
/// when the link is followed.
/// </summary>
public sealed class EmailLinks(IdentityDbContext db, IdentitySettings settings, TimeProvider clock)
{
    public void SendVerification(User user, string storeName)
    {
        var token = Issue(user, OneTimeTokenPurpose.VerifyEmail, TimeSpan.FromHours(24));
        db.Publish(new EmailVerificationRequested
        {
            TenantId = user.TenantId,
            Email = user.Email,
            StoreName = storeName,
            VerificationUrl = Link("verify-email.html", token),
        });
    }

    public void SendPasswordReset(User user, string storeName)
    {
        var token = Issue(user, OneTimeTokenPurpose.ResetPassword, TimeSpan.FromHours(1));
        db.Publish(new PasswordResetRequested
        {
            TenantId = user.TenantId,
            Email = user.Email,
            StoreName = storeName,
            ResetUrl = Link("reset-password.html", token),
        });
    }

    public void SendInvitation(User user, string storeName, string invitedBy)
    {
        var token = Issue(user, OneTimeTokenPurpose.AcceptInvitation, TimeSpan.FromDays(7));
        db.Publish(new UserInvited
        {
            TenantId = user.TenantId,
            Email = user.Email,
            Role = user.Role,
            StoreName = storeName,
            InvitedBy = invitedBy,
            AcceptUrl = Link("accept-invite.html", token),
        });
    }

    /// <summary>Tells the previous address of the change, with a link that puts it back (valid seven days).</summary>
    public void SendEmailChangeNotice(User user, string oldEmail, string storeName)
    {
        var token = Issue(user, OneTimeTokenPurpose.RevertEmailChange, TimeSpan.FromDays(7), payload: oldEmail);
        db.Publish(new EmailChangeNoticeRequested
        {
            TenantId = user.TenantId,
            OldEmail = oldEmail,
            NewEmail = user.Email,
            StoreName = storeName,
            RevertUrl = Link("revert-email.html", token),
        });
    }

    /// <summary>The token of this purpose, while it is unused and unexpired; null for anything else.</summary>
    public async Task<OneTimeToken?> FindUsableAsync(string? rawToken, OneTimeTokenPurpose purpose, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(rawToken) || rawToken.Length > 200) return null;
        var hash = SecretTokens.Hash(rawToken);
        var token = await db.OneTimeTokens.Include(t => t.User)
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == purpose, ct);
        return token is not null && token.IsUsable(clock.GetUtcNow()) ? token : null;
    }

    private string Issue(User user, OneTimeTokenPurpose purpose, TimeSpan lifetime, string? payload = null)
    {
        var token = SecretTokens.NewToken();
        db.OneTimeTokens.Add(new OneTimeToken
        {
            User = user,
            Purpose = purpose,
            TokenHash = SecretTokens.Hash(token),
            ExpiresAt = clock.GetUtcNow() + lifetime,
            Payload = payload,
        });
        return token;
    }

    private string Link(string page, string token) =>
        $"{settings.PublicWebUrl.TrimEnd('/')}/{page}?token={Uri.EscapeDataString(token)}";
}
