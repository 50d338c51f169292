using System.Globalization;
using QommerceHub.LegacyLauncher.Hosting.Dashboard;

namespace QommerceHub.LegacyLauncher.Hosting;

/// <summary>
/// A started-together set of resources: each starts once what it waits for is running, and they stop in reverse order.
/// Tests use it like Aspire's testing builder: build the model, <see cref="StartAsync"/>, read endpoints, dispose.
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly DistributedApplicationOptions options;
    private readonly List<Resource> resources;
    private readonly List<List<Resource>> stopWaves;
    private readonly SemaphoreSlim lifecycle = new(1, 1);
    private DashboardServer? dashboard;
    private bool stopped;
    private int disposed;

    internal DistributedApplication(DistributedApplicationOptions options, IEnumerable<Resource> resources)
    {
        this.options = options;
        this.resources = [.. resources];
        stopWaves = StopWaves(this.resources);
    }

    public IReadOnlyList<Resource> Resources => resources;

    /// <summary>Set while the dashboard runs.</summary>
    public Uri? DashboardUrl => dashboard?.Url;

    public static DistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions options) => new(options);

    public T GetResource<T>(string name)
        where T : Resource =>
        resources.OfType<T>().FirstOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException($"No {typeof(T).Name} named '{name}'.");

    public Resource? FindResource(string name) => resources.FirstOrDefault(r => r.Name == name);

    /// <summary>
    /// Starts everything and returns once every resource is running and ready. On failure or timeout it stops what it
    /// started and throws <see cref="ResourceStartException"/> naming the resource, with its last log lines.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await lifecycle.WaitAsync(cancellationToken);
        try
        {
            // Resources remember their first start (WhenRunningAsync); a stopped application is rebuilt, not restarted.
            ObjectDisposedException.ThrowIf(stopped, this);
            if (options.DashboardPort != 0 && dashboard is null)
            {
                dashboard = await DashboardServer.StartAsync(options.DashboardPort, this, cancellationToken);
            }

            await StartResourcesAsync(cancellationToken);
        }
        catch
        {
            await StopCoreAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            lifecycle.Release();
        }
    }

    /// <summary>Stops projects first (dependents before what they depend on), then infrastructure; no process is left behind.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await lifecycle.WaitAsync(CancellationToken.None);
        try
        {
            await StopCoreAsync(cancellationToken);
        }
        finally
        {
            lifecycle.Release();
        }
    }

    public async Task<bool> RestartResourceAsync(string name, CancellationToken cancellationToken) =>
        FindResource(name) is { } resource && await resource.RestartAsync(cancellationToken);

    /// <summary>Every live PID the application started, descendants included.</summary>
    public IReadOnlyCollection<int> AllProcessIds() => [.. resources.SelectMany(r => r.ProcessIds()).Distinct()];

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await StopAsync(CancellationToken.None);
        lifecycle.Dispose();
    }

    private async Task StartResourcesAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StartTimeout);
        var pending = resources.Select(r => StartWhenDependenciesRunAsync(r, timeout.Token)).ToList();
        try
        {
            while (pending.Count > 0)
            {
                var finished = await Task.WhenAny(pending);
                pending.Remove(finished);
                await finished;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimeoutError();
        }
        finally
        {
            await timeout.CancelAsync();
            try
            {
                await Task.WhenAll(pending);
            }
            catch
            {
                // The first failure is already on its way up; the rest were cancelled because of it.
            }
        }
    }

    private static async Task StartWhenDependenciesRunAsync(Resource resource, CancellationToken cancellationToken)
    {
        foreach (var dependency in resource.WaitsFor)
        {
            await dependency.WhenRunningAsync(cancellationToken);
        }

        resource.Start();
        await resource.WhenRunningAsync(cancellationToken);
    }

    /// <summary>Blames a resource that was started but never became ready, rather than the ones still waiting for it.</summary>
    private ResourceStartException TimeoutError()
    {
        var seconds = options.StartTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var culprit = resources.FirstOrDefault(r => r.State is not (ResourceState.Running or ResourceState.NotStarted))
            ?? resources.First(r => r.State != ResourceState.Running);
        return new ResourceStartException(culprit, $"not running and ready within {seconds} s");
    }

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        stopped = true;
        foreach (var wave in stopWaves)
        {
            await Task.WhenAll(wave.Select(r => r.StopAsync(cancellationToken)));
        }

        if (dashboard is not null)
        {
            await dashboard.DisposeAsync();
            dashboard = null;
        }
    }

    /// <summary>Resources grouped by depth in the wait-for graph, deepest first: the gateway, then services, then infrastructure.</summary>
    private static List<List<Resource>> StopWaves(List<Resource> resources)
    {
        var depth = new Dictionary<Resource, int>();
        var visiting = new HashSet<Resource>();
        int DepthOf(Resource resource)
        {
            if (depth.TryGetValue(resource, out var known))
            {
                return known;
            }

            if (!visiting.Add(resource))
            {
                throw new InvalidOperationException($"Resource '{resource.Name}' waits for itself through a cycle.");
            }

            var waitsFor = resource.WaitsFor;
            return depth[resource] = waitsFor.Count == 0 ? 0 : 1 + waitsFor.Max(DepthOf);
        }

        return [.. resources.GroupBy(DepthOf).OrderByDescending(g => g.Key).Select(g => g.ToList())];
    }
}
