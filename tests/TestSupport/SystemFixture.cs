using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using QommerceHub.AppHost.Local.Postgres;
using QommerceHub.Testing.Hosting;

namespace QommerceHub.Testing;

/// <summary>
/// The whole system, started from the Aspire AppHost's own app model by <see cref="DistributedApplicationTestingBuilder"/>
/// on free ports and throw-away data, so it runs beside a developer's copy; tests talk only to the gateway.
/// </summary>
public class SystemFixture : IAsyncLifetime, IRunningSystem
{
    public const string Collection = "system";

    // Deadlines against a hang, not timings: a cold start on a busy 2-core machine takes minutes, and a start, stop or
    // command the orchestrator never finishes must fail the test, not stall the suite.
    private static readonly TimeSpan startDeadline = TimeSpan.FromMinutes(7);
    private const int StartAttempts = 2;
    private static readonly TimeSpan commandDeadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan stopDeadline = TimeSpan.FromMinutes(2);
    private const int LogLinesKeptPerResource = 20_000;

    private TestAppHost host = new();
    private readonly int replicas;
    private readonly ConcurrentDictionary<string, ResourceEvent> instances = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> logs = new();
    private CancellationTokenSource stopWatching = new();
    private readonly ConcurrentBag<Task> watchers = [];

    public SystemFixture()
        : this(replicas: 1)
    {
    }

    /// <param name="replicas">Instances of each service.</param>
    protected SystemFixture(int replicas) => this.replicas = replicas;

    public DistributedApplication App { get; private set; } = null!;
    public Uri GatewayUrl { get; private set; } = null!;
    public MaildevInbox Inbox => new(host.MaildevEmails);

    public async Task InitializeAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartAsync();
                return;
            }
            catch (InvalidOperationException e) when (attempt < StartAttempts)
            {
                // A start that fails on a busy machine (a port taken between picking and binding it, a broker that did
                // not boot) is tried once more on fresh ports and data; the first failure's logs are kept.
                Console.Error.WriteLine($"{GetType().Name}: {e.Message} ({e.InnerException?.Message}); starting again on fresh ports.");
                await StopAsync();
                host = new TestAppHost();
                instances.Clear();
                logs.Clear();
                watchers.Clear();
                stopWatching = new CancellationTokenSource();
            }
        }
    }

    private async Task StartAsync()
    {
        using var timeout = new CancellationTokenSource(startDeadline);
        App = await host.BuildAsync(replicas, infrastructureOnly: false, timeout.Token);
        watchers.Add(WatchInstancesAsync());
        try
        {
            await App.StartAsync(timeout.Token);
            // The gateway waits for every service, and a service with replicas for all of them.
            await App.Services.GetRequiredService<ResourceNotificationService>().WaitForResourceHealthyAsync("gateway", timeout.Token);
        }
        catch (Exception e) when (e is DistributedApplicationException or OperationCanceledException or AggregateException)
        {
            throw new InvalidOperationException($"The system did not start; every resource's log is in {SaveLogs("startup-" + GetType().Name)}", e);
        }

        GatewayUrl = App.GetEndpoint("gateway", "http");
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = GatewayUrl };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The superuser's connection string to the shared database, for benchmarks that seed rows directly.</summary>
    public async Task<string> SuperuserConnectionStringAsync() =>
        new Npgsql.NpgsqlConnectionStringBuilder(await App.GetConnectionStringAsync("postgres")) { Database = ServiceDatabaseResource.DatabaseName }.ConnectionString;

    /// <summary>Every running process of the system by resource name (one per replica), as the orchestrator last reported.</summary>
    public IReadOnlyList<(string Resource, int Pid)> RunningProcesses() =>
        [.. instances.Values
            .Where(e => e.Snapshot.State?.Text == KnownResourceStates.Running)
            .Select(e => (e.Resource.Name, Pid: PidOf(e)))
            .Where(p => p.Pid > 0)];

    /// <summary>The services of the app model: its projects but the gateway.</summary>
    public IReadOnlyList<string> ServiceNames =>
        [.. App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>()
            .Select(p => p.Name).Where(name => name != "gateway")];

    public IReadOnlySet<int> InstancePids(string resource) =>
        RunningProcesses().Where(p => p.Resource == resource).Select(p => p.Pid).ToHashSet();

    /// <summary>
    /// Crashes a resource with SIGKILL: the process the orchestrator started and everything below it (a service below
    /// its <c>dotnet run</c>, RabbitMQ's Erlang VM below its script), so nothing closes a connection. Returns the
    /// orchestrator's process id.
    /// </summary>
    public int Kill(string resource)
    {
        var pid = InstancePids(resource).FirstOrDefault();
        if (pid == 0) throw new InvalidOperationException($"{resource} is not running");
        foreach (var victim in LocalProcesses.TreeOf(pid))
            KillQuietly(victim);
        return pid;
    }

    private static void KillQuietly(int pid)
    {
        try
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }

    /// <summary>
    /// Waits until a killed resource has ended, starts it again as a developer would from the dashboard (Aspire does
    /// not restart a crashed process; Kubernetes would), and waits until it passes its health check; returns when.
    /// </summary>
    public async Task<DateTimeOffset> WaitUntilBackAsync(string resource, int killedPid, TimeSpan timeout)
    {
        await Eventually.Until(() => Task.FromResult(InstancePids(resource)), pids => pids.Count == 0 && !LocalProcesses.IsAlive(killedPid),
            timeout, $"{resource} to end after the kill");
        await RunCommandAsync(resource, KnownResourceCommands.StartCommand);
        await WaitUntilHealthyAsync(resource, killedPid, timeout);
        return DateTimeOffset.UtcNow;
    }

    /// <summary>Stops a resource gracefully and starts it again, as the dashboard's restart does; returns once it is healthy.</summary>
    public async Task RestartAsync(string resource, TimeSpan timeout)
    {
        var before = InstancePids(resource).FirstOrDefault();
        await RunCommandAsync(resource, KnownResourceCommands.RestartCommand);
        await WaitUntilHealthyAsync(resource, before, timeout);
    }

    /// <summary>Keeps every resource's recent log lines under artifacts/test-results/service-logs/&lt;name&gt;, for a failed test.</summary>
    public string SaveLogs(string name)
    {
        var folder = Repository.PathOf("artifacts", "test-results", "service-logs", name);
        Directory.CreateDirectory(folder);
        foreach (var (resource, lines) in logs)
            File.WriteAllLines(Path.Combine(folder, resource + ".log"), lines);
        return folder;
    }

    /// <summary>How many of the resources' retained log lines contain the text, e.g. a recovery warning.</summary>
    public int CountLogLines(string text) =>
        logs.Values.Sum(lines => lines.Count(line => line.Contains(text, StringComparison.Ordinal)));

    private async Task RunCommandAsync(string resource, string command)
    {
        var target = App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Single(r => r.Name == resource);
        using var deadline = new CancellationTokenSource(commandDeadline);
        var result = await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(target, command, deadline.Token)
            .WaitAsync(deadline.Token);
        if (!result.Success) throw new InvalidOperationException($"{command} of {resource} failed: {result.Message}");
    }

    private Task WaitUntilHealthyAsync(string resource, int oldPid, TimeSpan timeout) =>
        Eventually.Until(
            () => Task.FromResult(new InstanceStates([.. instances.Values.Where(e => e.Resource.Name == resource).Select(InstanceState.Of)])),
            states => states.All.Count > 0 && states.All.All(i => i.IsHealthy && i.Pid != oldPid),
            timeout, $"{resource} to run again and pass its health check");

    /// <summary>An instance as the orchestrator last reported it, with each failing health check's reason for a timeout's message.</summary>
    private sealed record InstanceState(string? State, HealthStatus? Health, int Pid, string Checks)
    {
        public bool IsHealthy => State == KnownResourceStates.Running && Health == HealthStatus.Healthy && Pid > 0;

        public static InstanceState Of(ResourceEvent e) => new(e.Snapshot.State?.Text, e.Snapshot.HealthStatus, PidOf(e),
            string.Join("; ", e.Snapshot.HealthReports.Select(r => $"{r.Name}: {r.Status} {r.Description} {r.ExceptionText}")));
    }

    private sealed record InstanceStates(IReadOnlyList<InstanceState> All)
    {
        public override string ToString() => string.Join(" | ", All.Select(i => $"{i.State}, {i.Health}, pid {i.Pid}, checks [{i.Checks}]"));
    }

    private static int PidOf(ResourceEvent e) =>
        int.TryParse(e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? pid
            : 0;

    // Every instance is its own resource id (orders-xyz…); the latest event of each says its state, health and process.
    private async Task WatchInstancesAsync()
    {
        try
        {
            await foreach (var change in App.Services.GetRequiredService<ResourceNotificationService>().WatchAsync(stopWatching.Token))
            {
                if (!instances.ContainsKey(change.ResourceId)) watchers.Add(KeepLogsAsync(change.ResourceId, change.Resource.Name));
                instances[change.ResourceId] = change;
            }
        }
        catch (OperationCanceledException)
        {
            // The system is being disposed.
        }
    }

    // Watched by instance id (reporting-abcd…), as the orchestrator names each process: the stream of the app model's
    // resource, taken before the start, resolves to no instance and stays empty. Replicas share their resource's lines.
    private async Task KeepLogsAsync(string instanceId, string resourceName)
    {
        var kept = logs.GetOrAdd(resourceName, _ => new ConcurrentQueue<string>());
        // The wait is cancelled here, not through the enumerator, which does not always honour the token; awaiting it
        // held the test run for good.
        var batches = App.Services.GetRequiredService<ResourceLoggerService>().WatchAsync(instanceId).GetAsyncEnumerator(stopWatching.Token);
        try
        {
            while (await batches.MoveNextAsync().AsTask().WaitAsync(stopWatching.Token))
            {
                foreach (var line in batches.Current)
                    kept.Enqueue(line.Content);
                while (kept.Count > LogLinesKeptPerResource && kept.TryDequeue(out _))
                {
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The system is being disposed; the abandoned stream ends with the app.
        }
    }

    public Task DisposeAsync() => StopAsync();

    private async Task StopAsync()
    {
        // Taken before the stop: once a process's parent has gone it is no longer found below it.
        var processes = RunningProcesses().SelectMany(p => LocalProcesses.TreeOf(p.Pid)).Distinct().ToDictionary(pid => pid, LocalProcesses.NameOf);
        await stopWatching.CancelAsync();
        try
        {
            await Task.WhenAll(watchers).WaitAsync(stopDeadline);
        }
        catch (TimeoutException)
        {
            Console.Error.WriteLine($"The resource watchers did not end within {stopDeadline}; stopping the system anyway.");
        }

        try
        {
            await App.DisposeAsync().AsTask().WaitAsync(stopDeadline);
        }
        catch (TimeoutException)
        {
            // The orchestrator did not stop in time; whatever it left running would keep the test run from ending.
            Console.Error.WriteLine($"The system did not stop within {stopDeadline}; killing what it left running.");
        }
        finally
        {
            foreach (var (pid, name) in processes)
            {
                if (LocalProcesses.IsAlive(pid) && LocalProcesses.NameOf(pid) == name) KillQuietly(pid);
            }

            stopWatching.Dispose();
            host.DeleteData();
        }
    }
}
