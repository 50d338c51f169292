using QommerceHub.Notifications.Delivery;
using QommerceHub.Notifications.Model;

namespace QommerceHub.Notifications.Tests.Unit;

public sealed class RetryScheduleTests
{
    [Fact]
    public void Waits_double_from_the_base_up_to_the_cap()
    {
        var schedule = new RetrySchedule(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30), 12);

        Assert.Equal([2, 4, 8, 16, 30, 30], Enumerable.Range(1, 6).Select(n => schedule.DelayAfter(n).TotalSeconds));
    }

    [Fact]
    public void Gives_up_after_the_last_attempt()
    {
        var schedule = new RetrySchedule(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), 3);

        Assert.False(schedule.ShouldGiveUp(2));
        Assert.True(schedule.ShouldGiveUp(3));
    }

    [Fact]
    public void Settings_default_to_a_one_second_base_five_minute_cap_and_twelve_attempts() =>
        Assert.Equal(RetrySchedule.Default, new SmtpSettings().ToRetrySchedule());

    [Fact]
    public void The_base_delay_comes_from_configuration() =>
        Assert.Equal(TimeSpan.FromMilliseconds(200), new SmtpSettings { RetryBaseSeconds = 0.2 }.ToRetrySchedule().DelayAfter(1));
}
