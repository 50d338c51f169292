using QommerceHub.LegacyLauncher.Hosting;

namespace QommerceHub.LegacyLauncher.Tests;

public sealed class ExecutableResourceTests
{
    [Fact]
    public async Task A_process_that_exits_unexpectedly_is_restarted()
    {
        using var dataDir = new TemporaryDirectory();
        await using var app = BuildApp(dataDir, "flaky", "exit 3");
        await app.StartAsync();
        var flaky = app.GetResource<ExecutableResource>("flaky");

        Assert.True(await Eventually.HoldsAsync(() => flaky.RestartCount >= 1, TimeSpan.FromSeconds(30)));
        Assert.Equal(3, flaky.ExitCode);
    }

    [Fact]
    public async Task Stopping_kills_grandchildren_too()
    {
        using var dataDir = new TemporaryDirectory();

        // Only the shell gets SIGTERM; its background sleep would outlive it unless the launcher tracks the whole tree.
        await using var app = BuildApp(dataDir, "sleeper", "sleep 300 & sleep 300; wait");
        await app.StartAsync();
        var sleeper = app.GetResource<ExecutableResource>("sleeper");
        Assert.True(await Eventually.HoldsAsync(() => app.AllProcessIds().Count >= 3, TimeSpan.FromSeconds(30)));
        var pids = app.AllProcessIds();

        await app.StopAsync();

        Assert.True(await Eventually.HoldsAsync(() => !pids.Any(ProcessTree.IsAlive), TimeSpan.FromSeconds(30)));
        Assert.Equal(ResourceState.Stopped, sleeper.State);
        Assert.Empty(app.AllProcessIds());
    }

    [Fact]
    public async Task Start_fails_with_the_resource_and_its_log_when_a_build_output_is_missing()
    {
        using var dataDir = new TemporaryDirectory();
        var options = new DistributedApplicationOptions { RepoRoot = dataDir.Path, DataDir = dataDir.Path };
        var builder = DistributedApplication.CreateBuilder(options);
        builder.AddProject("ghost", "services/Ghost", "Ghost", FreePorts.Pick());
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<ResourceStartException>(() => app.StartAsync());

        Assert.Equal("ghost", error.ResourceName);
        Assert.Contains("Ghost.dll does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_times_out_naming_the_resource_that_never_became_ready_with_its_log()
    {
        using var dataDir = new TemporaryDirectory();
        var options = new DistributedApplicationOptions
        {
            RepoRoot = dataDir.Path,
            DataDir = dataDir.Path,
            StartTimeout = TimeSpan.FromSeconds(2),
        };
        var builder = DistributedApplication.CreateBuilder(options);
        var stuck = builder.AddExecutable("stuck", "/bin/sh", ["-c", "echo waiting for nothing; exec sleep 300"], dataDir.Path);
        stuck.ReadinessProbe = _ => Task.FromResult(false);
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<ResourceStartException>(() => app.StartAsync());

        Assert.Equal("stuck", error.ResourceName);
        Assert.Contains("waiting for nothing", error.Message, StringComparison.Ordinal);
        Assert.Empty(app.AllProcessIds());
    }

    [Fact]
    public async Task Dashboard_restart_replaces_the_process_and_counts_it()
    {
        using var dataDir = new TemporaryDirectory();
        var options = new DistributedApplicationOptions { RepoRoot = dataDir.Path, DataDir = dataDir.Path, DashboardPort = FreePorts.Pick() };
        var builder = DistributedApplication.CreateBuilder(options);
        var sleeper = builder.AddExecutable("sleeper", "/bin/sleep", ["300"], dataDir.Path);
        await using var app = builder.Build();
        await app.StartAsync();
        var firstPid = sleeper.Pid;

        using var http = new HttpClient { BaseAddress = app.DashboardUrl };
        using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("text/html", page.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        using var forged = await http.PostAsync(new Uri("/api/resources/sleeper/restart", UriKind.Relative), null);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/resources/sleeper/restart");
        request.Headers.Add("X-Dashboard-Action", "restart");
        using var restart = await http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, restart.StatusCode);
        Assert.True(await Eventually.HoldsAsync(
            () => sleeper.State == ResourceState.Running && sleeper.Pid is { } pid && pid != firstPid,
            TimeSpan.FromSeconds(30)));
        Assert.Equal(1, sleeper.RestartCount);
    }

    private static DistributedApplication BuildApp(TemporaryDirectory dataDir, string name, string script)
    {
        var options = new DistributedApplicationOptions { RepoRoot = dataDir.Path, DataDir = dataDir.Path };
        var builder = DistributedApplication.CreateBuilder(options);
        builder.AddExecutable(name, "/bin/sh", ["-c", script], dataDir.Path);
        return builder.Build();
    }
}
