using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests.Aspire;

/// <summary>
/// The Aspire AppHost as ./run.sh starts it, but on free ports and throw-away data, so it runs beside a dev instance.
/// In the shared system's collection, so it never starts while the other system tests load the machine.
/// </summary>
[Collection(SystemFixture.Collection)]
public sealed class AspireAppHostTests
{
    private static readonly string[] Resources =
    [
        "postgres", "identitydb", "catalogdb", "ordersdb", "paymentsdb", "notificationsdb", "analyticsdb", "reportingdb",
        "rabbitmq-epmd", "rabbitmq", "maildev",
        "identity", "catalog", "orders", "payments", "notifications", "analytics", "reporting", "gateway",
    ];

    [Fact]
    public async Task Every_resource_becomes_healthy_and_stopping_the_app_ends_every_process_it_started()
    {
        // A deadline against a hang, not a timing: a cold start on a busy 2-core machine takes minutes.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var host = new TestAppHost();
        var ports = host.InfrastructurePorts.ToArray();
        var builder = await host.CreateBuilderAsync(replicas: 1, timeout.Token);
        var app = await builder.BuildAsync(timeout.Token);
        HashSet<int> started;
        try
        {
            await app.StartAsync(timeout.Token);
            var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
            foreach (var resource in Resources)
                await WaitHealthyOrExplainAsync(app, notifications, resource, timeout.Token);

            using var gateway = app.CreateHttpClient("gateway");
            Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync("/health", timeout.Token)).StatusCode);
            using var maildev = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await maildev.GetAsync(host.MaildevEmails, timeout.Token)).StatusCode);

            started = ProcessesListeningOrBelow(ports);
            Assert.Contains(started, pid => ProcessName(pid) == "beam.smp");
            Assert.Contains(started, pid => ProcessName(pid) == "postgres");

            await app.StopAsync(timeout.Token);
        }
        finally
        {
            await app.DisposeAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (started.Any(IsAlive) && DateTime.UtcNow < deadline)
            await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
        Assert.Empty(started.Where(IsAlive).Select(pid => $"{pid} {ProcessName(pid)}"));
        host.DeleteData();
    }

    /// <summary>Waits for a resource; when it never gets healthy, fails with what every process's <c>/health</c> answers, so the log says which part held it back.</summary>
    private static async Task WaitHealthyOrExplainAsync(DistributedApplication app, ResourceNotificationService notifications, string resource, CancellationToken cancellationToken)
    {
        try
        {
            await notifications.WaitForResourceHealthyAsync(resource, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var answers = new List<string>();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
            var projects = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>();
            foreach (var name in projects.Select(p => p.Name))
                answers.Add($"{name}: {await HealthAnswerAsync(http, app, name)}");
            Assert.Fail($"Resource '{resource}' did not become healthy. /health answers:\n{string.Join('\n', answers)}");
        }
    }

    private static async Task<string> HealthAnswerAsync(HttpClient http, DistributedApplication app, string resource)
    {
        try
        {
            return await http.GetStringAsync(new Uri(app.GetEndpoint(resource, "http"), "/health"));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or ArgumentException)
        {
            return e.Message;
        }
    }

    /// <summary>The infrastructure servers (found by their listening ports) and every process below them, e.g. PostgreSQL's backends.</summary>
    private static HashSet<int> ProcessesListeningOrBelow(int[] ports)
    {
        var inodes = ListeningSocketInodes(ports);
        var all = Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Select(int.Parse!).ToList();
        var roots = all.Where(pid => OpenSocketInodes(pid).Overlaps(inodes)).ToHashSet();
        var result = new HashSet<int>(roots);
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var pid in all.Where(p => !result.Contains(p) && result.Contains(LegacyLauncher.Hosting.ProcessTree.ParentOf(p))))
                grew |= result.Add(pid);
        }
        return result;
    }

    private static HashSet<string> ListeningSocketInodes(int[] ports)
    {
        var hexPorts = ports.Select(p => ":" + p.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        return File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[3] == "0A" && hexPorts.Contains(f[1][f[1].IndexOf(':', StringComparison.Ordinal)..]))
            .Select(f => f[9]).ToHashSet();
    }

    private static HashSet<string> OpenSocketInodes(int pid)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd")
                .Select(fd => new FileInfo(fd).LinkTarget)
                .Where(target => target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
                .Select(target => target!["socket:[".Length..^1]).ToHashSet();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool IsAlive(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

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
}
