namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>
/// A program the launcher runs and supervises: started when what it waits for is running, ready when its probe passes,
/// restarted with back-off when it exits unexpectedly. Without a command it stands for an external server that is only probed.
/// </summary>
public partial class ExecutableResource : Resource
{
    private static readonly TimeSpan ReadyPollInterval = TimeSpan.FromMilliseconds(250);

    private readonly List<Func<IDictionary<string, string>, CancellationToken, Task>> environment = [];

    public ExecutableResource(string name, string command, IEnumerable<string> arguments, string workingDirectory)
        : base(name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        Command = command;
        Arguments = [.. arguments];
        WorkingDirectory = workingDirectory;
    }

    /// <summary>An external server: nothing is launched, the resource is running while its readiness probe passes.</summary>
    protected ExecutableResource(string name)
        : base(name)
    {
        Arguments = [];
        WorkingDirectory = Directory.GetCurrentDirectory();
    }

    public override string Kind => "Executable";

    /// <summary>null for an external server.</summary>
    public string? Command { get; }

    public IReadOnlyList<string> Arguments { get; }

    public string WorkingDirectory { get; }

    public bool IsExternal => Command is null;

    /// <summary>Ready when this answers true; without a probe the resource is ready as soon as it is launched.</summary>
    public Func<CancellationToken, Task<bool>>? ReadinessProbe { get; set; }

    /// <summary>How often the probe runs once ready (state Unhealthy while it fails); null stops probing after ready.</summary>
    public TimeSpan? HealthCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    public bool RestartOnExit { get; set; } = true;

    /// <summary>First signal on stop; SIGKILL follows for the whole tree after <see cref="StopTimeout"/>.</summary>
    protected int StopSignal { get; init; } = PosixInterop.SIGTERM;

    /// <summary>Send the first signal to every descendant, for programs whose children do not stop with their parent.</summary>
    protected bool SignalWholeTreeOnStop { get; init; }

    protected TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Adds environment variables, computed right before each launch (ports, connection strings, provisioning).</summary>
    public void AddEnvironment(Func<IDictionary<string, string>, CancellationToken, Task> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        environment.Add(callback);
    }

    /// <summary>Runs before every launch, e.g. to create a data folder; throw <see cref="ResourceConfigurationException"/> for problems a retry cannot fix.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once the process has stopped for good, e.g. to stop a helper process.</summary>
    protected virtual Task OnStoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>PIDs of helper processes the resource runs besides its main one.</summary>
    protected virtual IEnumerable<int> HelperProcessIds() => [];

    protected virtual Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        ReadinessProbe?.Invoke(cancellationToken) ?? Task.FromResult(true);

    private async Task<Dictionary<string, string>> ResolveEnvironmentAsync(CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var callback in environment)
        {
            await callback(values, cancellationToken);
        }

        return values;
    }

    private async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await IsReadyAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false;
        }
    }
}
