namespace QommerceHub.Identity.Model;

/// <summary>Locks an account for a while after too many wrong passwords in a row.</summary>
public sealed record LoginLockout(int MaxFailedAttempts, TimeSpan Duration)
{
    public bool IsLocked(User user, DateTimeOffset now) => user.LockedUntil is { } until && until > now;

    /// <summary>Counts a failure; returns true when this failure locks the account.</summary>
    public bool RegisterFailure(User user, DateTimeOffset now)
    {
        user.FailedLoginCount++;
        if (user.FailedLoginCount < MaxFailedAttempts) return false;
        user.LockedUntil = now + Duration;
        user.FailedLoginCount = 0;
        return true;
    }

    public static void RegisterSuccess(User user)
    {
        user.FailedLoginCount = 0;
        user.LockedUntil = null;
    }
}
