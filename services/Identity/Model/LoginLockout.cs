namespace QommerceHub.Identity.Model;

/// <summary>
/// How many wrong passwords in a row, from one client address, lock that address out of one account, and for how
/// long. Counting per account and address means a stranger's guesses cannot lock the owner out from elsewhere.
/// </summary>
public sealed record LoginLockout(int MaxFailedAttempts, TimeSpan Duration);

/// <summary>Wrong passwords for one account from one client address (see <see cref="LoginLockout"/>).</summary>
public sealed class LoginThrottle
{
    public int UserId { get; set; }
    public required string ClientAddress { get; set; }
    public int FailedCount { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
