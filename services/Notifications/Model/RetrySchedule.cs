namespace QommerceHub.Notifications.Model;

/// <summary>When to try an email again after a failed SMTP attempt: doubling waits, capped, then give up.</summary>
public static class RetrySchedule
{
    public const int MaxAttempts = 12;

    public static TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Max(0, attempts - 1)), 300));

    public static bool ShouldGiveUp(int attempts) => attempts >= MaxAttempts;
}
