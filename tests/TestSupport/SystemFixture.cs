using System.Net.Http.Headers;
using QommerceHub.LegacyLauncher;
using QommerceHub.LegacyLauncher.Hosting;
using Xunit;

namespace QommerceHub.Testing;

/// <summary>The whole system, started by the AppHost's own model on free ports; tests talk only to the gateway.</summary>
public sealed class SystemFixture : IAsyncLifetime, IRunningSystem
{
    public const string Collection = "system";

    /// <summary>The processes the system tests run; QH_SYSTEM_SERVICES (comma-separated) narrows them while developing.</summary>
    public static readonly IReadOnlyList<string> ServicesUnderTest =
        Environment.GetEnvironmentVariable("QH_SYSTEM_SERVICES")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        ?? QommerceHubApp.ServiceNames;

    public AppHostOptions Options { get; } = new AppHostOptions
    {
        DataDir = Path.Combine(Path.GetTempPath(), "qommercehub-system", Guid.NewGuid().ToString("N")),
        Ephemeral = true,
        DashboardPort = 0,
        StartTimeout = TimeSpan.FromMinutes(3),
        Services = ServicesUnderTest,
    }.UseFreePorts();

    public DistributedApplication App { get; private set; } = null!;
    public Uri GatewayUrl => new($"http://127.0.0.1:{Options.GatewayPort}");
    public MaildevInbox Inbox => new(App.GetResource<MaildevResource>("maildev").EmailsUrl);

    public async Task InitializeAsync()
    {
        App = QommerceHubApp.Build(Options);
        await App.StartAsync();
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = GatewayUrl };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Crashes a resource as SIGKILL would (for RabbitMQ its Erlang VM, so the node dies without closing connections);
    /// the host then restarts it. Returns the killed process id.
    /// </summary>
    public int Kill(string resource)
    {
        var target = App.FindResource(resource) ?? throw new ArgumentException($"No resource {resource}", nameof(resource));
        var pids = target.ProcessIds();
        var victim = pids.FirstOrDefault(pid => ProcessName(pid) == "beam.smp") is var beam and > 0 ? beam : target.Pid
            ?? throw new InvalidOperationException($"{resource} is not running");
        System.Diagnostics.Process.GetProcessById(victim).Kill();
        return victim;
    }

    /// <summary>Waits until a killed resource runs again and passes its health check; returns when that was.</summary>
    public async Task<DateTimeOffset> WaitUntilBackAsync(string resource, int killedPid, TimeSpan timeout)
    {
        var target = App.FindResource(resource)!;
        await Eventually.Until(() => Task.FromResult((target.Pid, target.State, target.Health)),
            r => r.Pid is not null && r.Pid != killedPid && !target.ProcessIds().Contains(killedPid)
                 && r.State == ResourceState.Running && r.Health == HealthStatus.Healthy,
            timeout, $"{resource} to restart after the kill");
        return DateTimeOffset.UtcNow;
    }

    /// <summary>Keeps every resource's recent log lines under artifacts/test-results/service-logs/&lt;name&gt;, for a failed test.</summary>
    public string SaveLogs(string name)
    {
        var folder = Path.Combine(Options.RepoRoot, "artifacts", "test-results", "service-logs", name);
        Directory.CreateDirectory(folder);
        foreach (var resource in App.Resources)
            File.WriteAllLines(Path.Combine(folder, resource.Name + ".log"), resource.Logs.Snapshot());
        return folder;
    }

    /// <summary>How many of the resources' retained log lines contain the text, e.g. a recovery warning.</summary>
    public int CountLogLines(string text) =>
        App.Resources.Sum(r => r.Logs.Snapshot().Count(line => line.Contains(text, StringComparison.Ordinal)));

    private static string? ProcessName(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        try
        {
            Directory.Delete(Options.DataDir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the OS cleans its temp folder.
        }
    }
}
