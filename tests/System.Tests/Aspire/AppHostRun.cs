using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;

namespace QommerceHub.SystemTests.Aspire;

/// <summary>
/// The AppHost as <c>./run.sh</c> runs it (its own process, dashboard included, console captured), on free ports and a
/// throw-away data folder. Disposing kills whatever it left behind, so a failed test leaks nothing.
/// </summary>
public sealed class AppHostRun : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly string dataDir;

    private AppHostRun(Process process, string dataDir)
    {
        this.process = process;
        this.dataDir = dataDir;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Pid => process.Id;

    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    /// <summary>Everything the AppHost printed so far, stdout and stderr interleaved as they arrived.</summary>
    public string Console => string.Join('\n', lines);

    /// <param name="ports">PostgreSQL, RabbitMQ, SMTP, maildev web, dashboard, dashboard OTLP.</param>
    /// <param name="randomizeServicePorts">Services on fresh ports (beside a developer's copy); off, their fixed ports are checked before start.</param>
    public static AppHostRun Start(IReadOnlyList<int> ports, bool randomizeServicePorts)
    {
        var dataDir = ThrowAwayDirectory.CreateTraversable("qh-run-");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(AppHostAssembly())!,
        };
        start.ArgumentList.Add(AppHostAssembly());
        if (randomizeServicePorts) start.ArgumentList.Add("--DcpPublisher:RandomizePorts=true");
        // What AppHost/Properties/launchSettings.json gives `dotnet run`, on free ports.
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://localhost:{ports[4]}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{ports[5]}";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        start.Environment["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true";
        start.Environment["QommerceHub__DataDir"] = dataDir;
        start.Environment["QommerceHub__Ephemeral"] = "true";
        start.Environment["QommerceHub__PostgresPort"] = Invariant(ports[0]);
        start.Environment["QommerceHub__RabbitMqPort"] = Invariant(ports[1]);
        start.Environment["QommerceHub__SmtpPort"] = Invariant(ports[2]);
        start.Environment["QommerceHub__MaildevWebPort"] = Invariant(ports[3]);
        return new AppHostRun(Process.Start(start)!, dataDir);
    }

    /// <summary>Waits for a console line; the deadline is against a hang, and the failure shows the console.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan deadline, string what)
    {
        var until = DateTime.UtcNow + deadline;
        while (DateTime.UtcNow < until)
        {
            if (lines.FirstOrDefault(match) is { } line) return line;
            if (process.HasExited) break;
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        await Task.Delay(TimeSpan.FromMilliseconds(500)); // the last lines of an exited process
        return lines.FirstOrDefault(match)
            ?? throw new Xunit.Sdk.XunitException($"The AppHost never printed {what} (exit code {ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "none, still running"}). Its console:\n{Console}");
    }

    /// <summary>Sends SIGTERM, as a platform's stop or a terminal's close does.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", Invariant(process.Id)]);
        kill.WaitForExit();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            foreach (var pid in LocalProcesses.TreeOf(process.Id)) KillQuietly(pid);
            await WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        process.Dispose();
        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the OS cleans its temp folder.
        }
    }

    private void Keep(string? line)
    {
        if (line is not null) lines.Enqueue(line);
    }

    private static void KillQuietly(int pid)
    {
        try
        {
            Process.GetProcessById(pid).Kill();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>The AppHost built in the tests' configuration (Debug or Release).</summary>
    private static string AppHostAssembly() => Repository.PathOf("AppHost", "bin", Repository.Configuration, "net10.0", "AppHost.dll");

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
