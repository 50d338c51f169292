using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace QommerceHub.AppHost.Local;

/// <summary>Runs a set-up command (initdb, chown) to completion, its output going to the resource's log.</summary>
internal static class ProcessRunner
{
    public static async Task RunAsync(string resource, IReadOnlyList<string> command, ILogger log, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new LocalResourceException($"{resource}: could not start {command[0]}.");
        var output = new List<string>();
        void Record(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line.Data);
            }

            log.LogInformation("{Line}", line.Data);
        }

        process.OutputDataReceived += Record;
        process.ErrorDataReceived += Record;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            string tail;
            lock (output)
            {
                tail = string.Join(Environment.NewLine, output.TakeLast(10));
            }

            throw new LocalResourceException(
                $"{resource}: '{string.Join(' ', command)}' failed with exit code {process.ExitCode}:{Environment.NewLine}{tail}");
        }
    }

    /// <summary>The full path of a program on PATH, or null.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
