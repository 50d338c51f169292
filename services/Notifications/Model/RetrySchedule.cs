namespace QommerceHub.Notifications.Model;

/// <summary>
/// When to try an email again after a failed SMTP attempt: doubling waits from a base delay, capped, then give up.
/// The base is configurable (<c>Smtp:RetryBaseSeconds</c>) so an outage test needs no long waits.
/// </summary>
public sealed record RetrySchedule(TimeSpan BaseDelay, TimeSpan MaxDelay, int MaxAttempts)
{
    public static readonly RetrySchedule Default = new(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), 12);

    public TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * Math.Pow(2, Math.Max(0, attempts - 1)), MaxDelay.Ticks));

    public bool ShouldGiveUp(int attempts) => attempts >= MaxAttempts;
}
