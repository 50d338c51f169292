using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.Tests;

public sealed class LoginLockoutTests
{
    private static readonly DateTimeOffset now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private readonly LoginLockout lockout = new(MaxFailedAttempts: 5, Duration: TimeSpan.FromMinutes(15));

    [Fact]
    public void Fifth_consecutive_failure_locks_the_account_for_the_duration()
    {
        var user = new User { Email = "a@b.co", Role = Roles.Owner };
        for (var i = 0; i < 4; i++) Assert.False(lockout.RegisterFailure(user, now));

        Assert.True(lockout.RegisterFailure(user, now));
        Assert.True(lockout.IsLocked(user, now.AddMinutes(14)));
        Assert.False(lockout.IsLocked(user, now.AddMinutes(15).AddSeconds(1)));
    }

    [Fact]
    public void Success_resets_the_failure_count()
    {
        var user = new User { Email = "a@b.co", Role = Roles.Owner };
        for (var i = 0; i < 4; i++) lockout.RegisterFailure(user, now);
        LoginLockout.RegisterSuccess(user);

        Assert.False(lockout.RegisterFailure(user, now));
        Assert.Equal(1, user.FailedLoginCount);
    }
}
