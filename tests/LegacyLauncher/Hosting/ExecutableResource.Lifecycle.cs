using System.Globalization;

namespace QommerceHub.LegacyLauncher.Hosting;

public partial class ExecutableResource
{
    private readonly Lock lifecycle = new();
    private CancellationTokenSource? stopping;
    private Task? supervisor;
    private ManagedProcess? current;
    private bool restartRequested;

    public override IReadOnlyCollection<int> ProcessIds()
    {
        ManagedProcess? process;
        lock (lifecycle)
        {
            process = current;
        }

        var main = process?.ProcessIds() ?? [];
        return [.. main.Concat(ProcessTree.WithDescendants(HelperProcessIds())).Distinct()];
    }

    public override async Task<bool> RestartAsync(CancellationToken cancellationToken)
    {
        ManagedProcess? process;
        lock (lifecycle)
        {
            if (IsExternal || supervisor is null)
            {
                return false;
            }

            restartRequested = true;
            process = current;
        }

        AppendLog("[apphost] restart requested");
        SetState(ResourceState.Restarting);
        if (process is not null)
        {
            await process.StopAsync(StopSignal, SignalWholeTreeOnStop, StopTimeout, cancellationToken);
        }

        return true;
    }

    internal override void Start()
    {
        lock (lifecycle)
        {
            if (supervisor is not null)
            {
                return;
            }

            stopping = new CancellationTokenSource();
            SetState(ResourceState.Starting);
            var token = stopping.Token;
            supervisor = Task.Run(() => SuperviseAsync(token), CancellationToken.None);
        }
    }

    internal override async Task StopAsync(CancellationToken cancellationToken)
    {
        CancellationTokenSource? cts;
        Task? loop;
        lock (lifecycle)
        {
            // Claimed under the lock, so a second concurrent stop or a restart request finds nothing to do.
            (cts, loop) = (stopping, supervisor);
            (stopping, supervisor) = (null, null);
        }

        if (cts is null || loop is null)
        {
            return;
        }

        // Cancel before reading the current process: a launch racing with us then sees the cancellation under the lock.
        await cts.CancelAsync();
        ManagedProcess? process;
        lock (lifecycle)
        {
            process = current;
        }

        if (process is not null)
        {
            await process.StopAsync(StopSignal, SignalWholeTreeOnStop, StopTimeout, cancellationToken);
        }

        await loop;
        await OnStoppedAsync(cancellationToken);
        cts.Dispose();

        // A failure stays visible on the dashboard; everything else ends as Stopped.
        if (State != ResourceState.Failed)
        {
            SetState(ResourceState.Stopped, HealthStatus.Unknown);
        }

        AbandonStart();
    }

    private async Task SuperviseAsync(CancellationToken stoppingToken)
    {
        var attempt = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var launchedAt = DateTimeOffset.UtcNow;
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ResourceConfigurationException e)
            {
                Fail(e);
                return;
            }
            catch (Exception e)
            {
                AppendLog($"[apphost] launch failed: {e.Message}");
            }

            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            if (TakeRestartRequest())
            {
                IncrementRestartCount();
                attempt = 0;
                continue;
            }

            if (!RestartOnExit)
            {
                SetState(ResourceState.Exited, HealthStatus.Unknown);
                return;
            }

            // A process that stayed up longer than the longest delay was healthy; its crash starts a new back-off series.
            attempt = DateTimeOffset.UtcNow - launchedAt > RestartBackoff.Maximum ? 1 : attempt + 1;
            var delay = RestartBackoff.DelayFor(attempt);
            AppendLog($"[apphost] restarting in {delay.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
            SetState(ResourceState.Restarting, HealthStatus.Unhealthy);
            IncrementRestartCount();
            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await PrepareAsync(stoppingToken);
        if (Command is null)
        {
            await WatchAsync(null, stoppingToken);
            return;
        }

        var spec = new ProcessSpec(Command, Arguments, WorkingDirectory, await ResolveEnvironmentAsync(stoppingToken));
        using var process = Launch(spec, stoppingToken);
        if (process is null)
        {
            return;
        }

        try
        {
            await WatchUntilExitAsync(process, stoppingToken);
            SetExited(process.ExitCode);
            AppendLog($"[apphost] process {process.Pid} exited with code {process.ExitCode}");
            if (!stoppingToken.IsCancellationRequested)
            {
                // Children of a crashed process would hold the ports the next launch needs.
                await process.StopAsync(PosixInterop.SIGTERM, signalWholeTree: true, StopTimeout, stoppingToken);
            }
        }
        finally
        {
            lock (lifecycle)
            {
                current = null;
            }
        }
    }

    private async Task WatchUntilExitAsync(ManagedProcess process, CancellationToken stoppingToken)
    {
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var watch = WatchAsync(process, watching.Token);
        await process.Exited;
        await watching.CancelAsync();
        try
        {
            await watch;
        }
        catch (OperationCanceledException)
        {
            // The watch ends by cancellation once the process is gone.
        }
    }

    private ManagedProcess? Launch(ProcessSpec spec, CancellationToken stoppingToken)
    {
        lock (lifecycle)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return null;
            }

            restartRequested = false;
            current = ManagedProcess.Start(spec, AppendLog);
        }

        SetLaunched(current.Pid);
        SetState(ResourceState.Starting, HealthStatus.Unknown);
        AppendLog($"[apphost] started process {current.Pid}: {spec.Command} {string.Join(' ', spec.Arguments)}");
        return current;
    }

    /// <summary>Probes until ready, then keeps checking health; also remembers the process tree while it runs.</summary>
    private async Task WatchAsync(ManagedProcess? process, CancellationToken cancellationToken)
    {
        var ready = false;
        var launchedAt = DateTimeOffset.UtcNow;
        while (true)
        {
            process?.ProcessIds();
            if (!ready || HealthCheckInterval is not null)
            {
                var passed = await ProbeAsync(cancellationToken);
                if (passed && !ready)
                {
                    var seconds = (DateTimeOffset.UtcNow - launchedAt).TotalSeconds;
                    AppendLog($"[apphost] ready after {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
                }

                ready |= passed;
                if (ready)
                {
                    SetState(passed ? ResourceState.Running : ResourceState.Unhealthy, passed ? HealthStatus.Healthy : HealthStatus.Unhealthy);
                }
            }

            await Task.Delay(ready ? HealthCheckInterval ?? TimeSpan.FromSeconds(5) : ReadyPollInterval, cancellationToken);
        }
    }

    private bool TakeRestartRequest()
    {
        lock (lifecycle)
        {
            var requested = restartRequested;
            restartRequested = false;
            return requested;
        }
    }
}
