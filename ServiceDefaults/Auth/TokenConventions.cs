namespace QommerceHub.ServiceDefaults.Auth;

/// <summary>What Identity puts in its access tokens and every other process checks.</summary>
public static class TokenConventions
{
    public const string Issuer = "qommercehub-identity";
    public const string Audience = "qommercehub-api";
    public const string TenantIdClaim = "tenant_id";
    public const string RoleClaim = "role";
    public const string EmailClaim = "email";
    public const string TokenVersionClaim = "tv";
    /// <summary>The sign-in a token belongs to; refreshing keeps it, so one device's session can end alone.</summary>
    public const string SessionIdClaim = "sid";
}
