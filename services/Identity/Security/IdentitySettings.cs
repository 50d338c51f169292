namespace QommerceHub.Identity.Security;

public sealed class IdentitySettings
{
    public int AccessTokenMinutes { get; set; } = 15;
    public int RefreshTokenDays { get; set; } = 30;
    public int KeyRotationDays { get; set; } = 30;
    public int MaxFailedAttempts { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;
    public string PublicWebUrl { get; set; } = "http://localhost:8080";

    public TimeSpan AccessTokenLifetime => TimeSpan.FromMinutes(AccessTokenMinutes);
}
