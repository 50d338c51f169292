using System.Diagnostics;
using System.Text;
using QommerceHub.Testing;

namespace QommerceHub.Deploy.Tests;

/// <summary>
/// A service's build output run as its own process (<c>dotnet X.dll</c> in its output folder), configured only by
/// environment variables, as a container would run it.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServiceProcess(Process process) => this.process = process;

    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static ServiceProcess Start(string project, string assembly, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var folder = Repository.PathOf("services", project, "bin", Repository.Configuration, "net10.0");
        var dll = Path.Combine(folder, assembly + ".dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"{dll} is not built; the test project's reference builds it.");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var service = new ServiceProcess(new Process { StartInfo = start });
        service.process.OutputDataReceived += (_, e) => service.Append(e.Data);
        service.process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        service.process.Start();
        service.process.BeginOutputReadLine();
        service.process.BeginErrorReadLine();
        return service;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The process did not exit within {timeout}. Output:\n{Output}");
        }
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }
}
