namespace QommerceHub.Identity.Security;

public sealed class IdentitySettings
{
    /// <summary>The original API's access tokens lived one hour.</summary>
    public int AccessTokenMinutes { get; set; } = 60;
    public int RefreshTokenDays { get; set; } = 30;
    public int KeyRotationDays { get; set; } = 30;
    public int MaxFailedAttempts { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;
    public string PublicWebUrl { get; set; } = "http://localhost:8080";
    /// <summary>
    /// <c>Login:RequireVerifiedEmail</c>: refuse sign-in (403) until the address is verified. Unset means on in
    /// Production and off elsewhere, as in the original API, so a developer can sign in without opening the email.
    /// </summary>
    public bool RequireVerifiedEmail { get; set; }

    public TimeSpan AccessTokenLifetime => TimeSpan.FromMinutes(AccessTokenMinutes);

    /// <summary>The lifetime as the original's <c>expiresIn</c> wrote it: "1h", or "15m".</summary>
    public string ExpiresIn => AccessTokenMinutes % 60 == 0
        ? $"{AccessTokenMinutes / 60}h"
        : $"{AccessTokenMinutes}m";
}
