using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;

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

            started = LocalProcesses.ListeningOrBelow(ports);
            Assert.Contains(started, pid => LocalProcesses.NameOf(pid) == "beam.smp");
            Assert.Contains(started, pid => LocalProcesses.NameOf(pid) == "postgres");

            await app.StopAsync(timeout.Token);
        }
        finally
        {
            await app.DisposeAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (started.Any(LocalProcesses.IsAlive) && DateTime.UtcNow < deadline)
            await Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None);
        Assert.Empty(started.Where(LocalProcesses.IsAlive).Select(pid => $"{pid} {LocalProcesses.NameOf(pid)}"));
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
}
