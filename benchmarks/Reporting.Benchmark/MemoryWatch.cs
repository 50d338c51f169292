using System.Diagnostics;
using System.Globalization;

namespace QommerceHub.Reporting.Benchmark;

public sealed record MemoryFigures(long BaselineRssBytes, long PeakRssBytes, long BaselineManagedBytes, long PeakManagedBytes);

/// <summary>
/// Peak memory of this process (the service runs in it) during one operation: the kernel's high-water mark of
/// resident memory (VmHWM, reset through /proc/self/clear_refs first) and the largest managed heap seen by sampling.
/// </summary>
public sealed class MemoryWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampler;
    private readonly long baselineRss;
    private readonly long baselineManaged;
    private long peakManaged;

    private MemoryWatch()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        File.WriteAllText("/proc/self/clear_refs", "5");
        baselineRss = Status("VmRSS");
        baselineManaged = GC.GetTotalMemory(false);
        peakManaged = baselineManaged;
        sampler = SampleAsync();
    }

    public static MemoryWatch Start() => new();

    public async Task<MemoryFigures> StopAsync()
    {
        await stop.CancelAsync();
        await sampler;
        return new MemoryFigures(baselineRss, Status("VmHWM"), baselineManaged, Interlocked.Read(ref peakManaged));
    }

    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested) await StopAsync();
        stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var managed = GC.GetTotalMemory(false);
                if (managed > Interlocked.Read(ref peakManaged)) Interlocked.Exchange(ref peakManaged, managed);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    /// <summary>A memory line of /proc/self/status, in bytes.</summary>
    private static long Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";

    public static Stopwatch Time() => Stopwatch.StartNew();
}
