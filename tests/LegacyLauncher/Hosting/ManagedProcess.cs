using System.Diagnostics;

namespace QommerceHub.LegacyLauncher.Hosting;

internal sealed record ProcessSpec(
    string Command,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment);

/// <summary>One launched OS process: its output goes to a log callback, and it can be stopped with its whole tree.</summary>
internal sealed class ManagedProcess : IDisposable
{
    private static readonly string? Setsid = Executables.Find("setsid");

    private readonly Process process;
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<ProcessIdentity> knownTree = [];
    private int? exitCode;

    private ManagedProcess(Process process)
    {
        this.process = process;
    }

    public int Pid { get; private set; }

    /// <summary>Completes when the process itself has exited (its descendants may live on).</summary>
    public Task Exited => exited.Task;

    public int? ExitCode => exitCode;

    public static ManagedProcess Start(ProcessSpec spec, Action<string> log)
    {
        // setsid gives the child its own session: a Ctrl+C in our terminal reaches only us, and we stop children in order.
        // It execs in place (the child of a fork is no group leader), so the PID stays the real program's.
        var info = new ProcessStartInfo(Setsid ?? spec.Command)
        {
            WorkingDirectory = spec.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Setsid is not null)
        {
            info.ArgumentList.Add(spec.Command);
        }

        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in spec.Environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var managed = new ManagedProcess(process);
        process.OutputDataReceived += (_, e) => Forward(e.Data, log);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, log);
        process.Exited += (_, _) => managed.OnExited();
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        managed.Pid = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (process.HasExited)
        {
            managed.OnExited();
        }

        return managed;
    }

    /// <summary>Runs a short command (initdb, chown) and throws with its output when it fails.</summary>
    public static async Task RunToCompletionAsync(ProcessSpec spec, Action<string> log, CancellationToken cancellationToken)
    {
        var output = new LogRingBuffer(20);
        using var process = Start(spec, line =>
        {
            output.Add(line);
            log(line);
        });
        try
        {
            await process.Exited.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await process.StopAsync(PosixInterop.SIGTERM, signalWholeTree: true, TimeSpan.FromSeconds(5), CancellationToken.None);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{spec.Command} {string.Join(' ', spec.Arguments)}' exited with code {process.ExitCode}:{Environment.NewLine}"
                + string.Join(Environment.NewLine, output.Snapshot()));
        }
    }

    /// <summary>The live PIDs of this process and its descendants; remembers them in case the root dies first.</summary>
    public IReadOnlyCollection<int> ProcessIds()
    {
        var pids = ProcessTree.WithDescendants(exited.Task.IsCompleted ? [] : [Pid]);
        lock (knownTree)
        {
            knownTree.RemoveWhere(p => !ProcessTree.IsAlive(p));
            knownTree.UnionWith(ProcessTree.IdentitiesOf(pids));
            return [.. knownTree.Select(p => p.Pid)];
        }
    }

    /// <summary>Stops the process and every descendant ever seen, also after the root has already exited on its own.</summary>
    public async Task StopAsync(int signal, bool signalWholeTree, TimeSpan grace, CancellationToken cancellationToken)
    {
        ProcessIds();
        List<ProcessIdentity> known;
        lock (knownTree)
        {
            known = [.. knownTree];
        }

        var root = exited.Task.IsCompleted ? -1 : Pid;
        await ProcessTerminator.TerminateAsync(root, known, signal, signalWholeTree, grace, cancellationToken);
        try
        {
            await exited.Task.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        }
        catch (TimeoutException)
        {
            // Only a process stuck in the kernel survives SIGKILL; waiting longer would not help.
        }
    }

    public void Dispose() => process.Dispose();

    private void OnExited()
    {
        exitCode = process.ExitCode;
        exited.TrySetResult();
    }

    private static void Forward(string? line, Action<string> log)
    {
        if (line is not null)
        {
            log(line);
        }
    }
}
