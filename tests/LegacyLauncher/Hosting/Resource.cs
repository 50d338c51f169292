namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>Something the launcher starts and watches: its state, endpoints and recent log lines.</summary>
public abstract class Resource : IAsyncDisposable
{
    public const int LogCapacity = 2000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, string> endpoints = new(StringComparer.Ordinal);
    private readonly List<Resource> waitsFor = [];
    private readonly TaskCompletionSource firstRunning = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ResourceState state = ResourceState.NotStarted;
    private HealthStatus health = HealthStatus.Unknown;
    private int? pid;
    private int restartCount;
    private DateTimeOffset? startedAt;
    private int? exitCode;

    protected Resource(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public abstract string Kind { get; }

    public LogRingBuffer Logs { get; } = new(LogCapacity);

    /// <summary>Copy each log line to the console, prefixed with the resource name.</summary>
    public bool EchoLogs { get; set; }

    public ResourceState State => Read(() => state);

    public HealthStatus Health => Read(() => health);

    public int? Pid => Read(() => pid);

    public int RestartCount => Read(() => restartCount);

    public DateTimeOffset? StartedAt => Read(() => startedAt);

    public int? ExitCode => Read(() => exitCode);

    /// <summary>Endpoint name → URL, e.g. "http" → "http://127.0.0.1:5101".</summary>
    public IReadOnlyDictionary<string, string> Endpoints => Read(() => new Dictionary<string, string>(endpoints));

    /// <summary>Resources that must be running before this one starts.</summary>
    public IReadOnlyList<Resource> WaitsFor => Read(() => waitsFor.ToList());

    /// <summary>Completes the first time the resource is running and ready; faults when it fails for good.</summary>
    public Task WhenRunningAsync(CancellationToken cancellationToken) => firstRunning.Task.WaitAsync(cancellationToken);

    /// <summary>Every live PID this resource started, descendants included.</summary>
    public abstract IReadOnlyCollection<int> ProcessIds();

    /// <summary>Stops and starts the resource again; false when it is not in a state that can be restarted.</summary>
    public abstract Task<bool> RestartAsync(CancellationToken cancellationToken);

    /// <summary>Begins starting in the background; <see cref="WhenRunningAsync"/> tells when it is ready.</summary>
    internal abstract void Start();

    internal abstract Task StopAsync(CancellationToken cancellationToken);

    /// <summary>Stops the resource and everything it started.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        GC.SuppressFinalize(this);
    }

    internal void AddWaitFor(Resource resource)
    {
        if (ReferenceEquals(resource, this))
        {
            throw new ArgumentException($"Resource '{Name}' cannot wait for itself.", nameof(resource));
        }

        lock (gate)
        {
            if (!waitsFor.Contains(resource))
            {
                waitsFor.Add(resource);
            }
        }
    }

    internal void AppendLog(string line)
    {
        Logs.Add(line);
        if (EchoLogs)
        {
            Console.Out.WriteLine($"{Name,-14}| {line}");
        }
    }

    protected void SetEndpoint(string name, string url)
    {
        lock (gate)
        {
            endpoints[name] = url;
        }
    }

    protected void SetState(ResourceState newState, HealthStatus? newHealth = null)
    {
        lock (gate)
        {
            state = newState;
            health = newHealth ?? health;
        }

        if (newState == ResourceState.Running)
        {
            firstRunning.TrySetResult();
        }
    }

    protected void SetLaunched(int processId)
    {
        lock (gate)
        {
            pid = processId;
            startedAt = DateTimeOffset.UtcNow;
            exitCode = null;
            health = HealthStatus.Unknown;
        }
    }

    protected void SetExited(int? code)
    {
        lock (gate)
        {
            pid = null;
            exitCode = code;
            health = HealthStatus.Unknown;
        }
    }

    protected void IncrementRestartCount()
    {
        lock (gate)
        {
            restartCount++;
        }
    }

    protected void Fail(Exception reason)
    {
        AppendLog($"[apphost] failed: {reason.Message}");
        SetState(ResourceState.Failed, HealthStatus.Unhealthy);
        firstRunning.TrySetException(new ResourceStartException(this, reason.Message, reason));
    }

    /// <summary>Dependents stop waiting when the resource is stopped before it ever ran.</summary>
    protected void AbandonStart() => firstRunning.TrySetCanceled();

    private T Read<T>(Func<T> read)
    {
        lock (gate)
        {
            return read();
        }
    }
}
