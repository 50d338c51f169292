namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>Delay before restarting a resource that exited unexpectedly: 1 s, 2 s, 4 s … at most 30 s.</summary>
public static class RestartBackoff
{
    public static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Maximum = TimeSpan.FromSeconds(30);

    /// <param name="attempt">1 for the first restart in a row, 2 for the second, and so on.</param>
    public static TimeSpan DelayFor(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempt);

        // Past 2^5 s the cap applies anyway; clamping the exponent keeps the shift from overflowing.
        var seconds = 1L << Math.Min(attempt - 1, 16);
        return TimeSpan.FromSeconds(Math.Min(seconds, Maximum.TotalSeconds));
    }
}
