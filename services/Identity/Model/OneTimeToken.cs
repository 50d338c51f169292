namespace QommerceHub.Identity.Model;

public enum OneTimeTokenPurpose
{
    VerifyEmail,
    ResetPassword,
    AcceptInvitation,
    RevertEmailChange,
}

/// <summary>A single-use secret sent by email (verification, reset, invitation); stored only as a hash.</summary>
public sealed class OneTimeToken
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }
    public OneTimeTokenPurpose Purpose { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    /// <summary>What the link restores: the previous address, for an email-change revert.</summary>
    public string? Payload { get; set; }

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && ExpiresAt > now;
}
