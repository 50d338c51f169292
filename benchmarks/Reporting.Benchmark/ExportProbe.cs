using System.Globalization;

namespace QommerceHub.Reporting.Benchmark;

public sealed record ExportFigures(string Name, long Bytes, TimeSpan Elapsed, TimeSpan Cpu, MemoryFigures Memory)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-22} {Elapsed.TotalSeconds,7:F2} s (CPU {Cpu.TotalSeconds:F2} s)  {Bytes / 1024.0 / 1024.0,7:F1} MiB out  " +
        $"peak RSS {MemoryWatch.Megabytes(Memory.PeakRssBytes)} (start {MemoryWatch.Megabytes(Memory.BaselineRssBytes)}, " +
        $"+{MemoryWatch.Megabytes(Memory.PeakRssBytes - Memory.BaselineRssBytes)})  peak managed heap {MemoryWatch.Megabytes(Memory.PeakManagedBytes)} (start {MemoryWatch.Megabytes(Memory.BaselineManagedBytes)})");
}

/// <summary>Downloads one export over real HTTP, reading it as a browser would (never holding it whole), and times it.</summary>
public static class ExportProbe
{
    public static async Task<ExportFigures> MeasureAsync(HttpClient client, string name, string path)
    {
        var watch = MemoryWatch.Start();
        var clock = MemoryWatch.Time();
        var cpu = Environment.CpuUsage.TotalTime;
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long bytes = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0) bytes += read;
        var elapsed = clock.Elapsed;
        var used = Environment.CpuUsage.TotalTime - cpu;
        var memory = await watch.StopAsync();
        await watch.DisposeAsync();
        return new ExportFigures(name, bytes, elapsed, used, memory);
    }
}
