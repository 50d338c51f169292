using System.Globalization;

namespace QommerceHub.Gateway.Benchmark;

/// <summary>
/// Waits until the machine is mostly idle: after the seeding, until the services have caught up (every replica
/// absorbing 100,000 events), and after a warm-up, until the JIT has recompiled the hot methods in the background.
/// Measuring before would time the backlog or the compiler, not the API. Reads the CPU counters from /proc/stat.
/// </summary>
public static class QuietMachine
{
    public static async Task WaitAsync(double idleShare = 0.8, int quietWindows = 3, int maxMinutes = 15)
    {
        var deadline = DateTime.UtcNow.AddMinutes(maxMinutes);
        var quiet = 0;
        var (busy, total) = ReadCpu();
        while (quiet < quietWindows && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var (nowBusy, nowTotal) = ReadCpu();
            var idle = 1 - (double)(nowBusy - busy) / Math.Max(1, nowTotal - total);
            (busy, total) = (nowBusy, nowTotal);
            quiet = idle >= idleShare ? quiet + 1 : 0;
        }
    }

    private static (long Busy, long Total) ReadCpu()
    {
        // "cpu  user nice system idle iowait irq softirq steal ..."
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }
}
