namespace QommerceHub.Identity.Model;

/// <summary>A long-lived session token, stored only as a hash and rotated on every use.</summary>
public sealed class RefreshToken
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }
    /// <summary>The sign-in this token continues; every rotation keeps it, and access tokens carry it as <c>sid</c>.</summary>
    public Guid SessionId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
