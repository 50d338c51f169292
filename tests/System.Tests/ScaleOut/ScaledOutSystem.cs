using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QommerceHub.SystemTests.Aspire;
using QommerceHub.Testing;

namespace QommerceHub.SystemTests.ScaleOut;

/// <summary>
/// The Aspire AppHost's own app model with two instances each of Orders and Catalog (<c>QommerceHub:Replicas=2</c>),
/// started by <see cref="DistributedApplicationTestingBuilder"/> on free ports and throw-away data, so it runs beside
/// a developer's copy and the shared system fixture.
/// </summary>
public sealed class ScaledOutSystem : IAsyncLifetime, IRunningSystem
{
    public const int Replicas = 2;

    // A deadline against a hang, not a timing: a cold start on a busy 2-core machine takes minutes.
    private static readonly TimeSpan startDeadline = TimeSpan.FromMinutes(8);
    private readonly TestAppHost host = new();
    private readonly ConcurrentDictionary<string, ResourceEvent> instances = new();
    private readonly CancellationTokenSource stopWatching = new();
    private Task watching = Task.CompletedTask;

    public DistributedApplication App { get; private set; } = null!;
    public Uri GatewayUrl { get; private set; } = null!;
    public MaildevInbox Inbox => new(host.MaildevEmails);

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(startDeadline);
        var builder = await host.CreateBuilderAsync(Replicas, timeout.Token);
        // Resources failing their health checks while they start is expected; it only buries a failure's cause.
        builder.Services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        App = await builder.BuildAsync(timeout.Token);
        watching = WatchInstancesAsync(App.Services.GetRequiredService<ResourceNotificationService>());
        await App.StartAsync(timeout.Token);
        // The gateway waits for every service, and a service with replicas for all of them.
        await App.Services.GetRequiredService<ResourceNotificationService>().WaitForResourceHealthyAsync("gateway", timeout.Token);
        GatewayUrl = App.GetEndpoint("gateway", "http");
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = GatewayUrl };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The process ids of a service's running instances, as the orchestrator last reported them.</summary>
    public IReadOnlySet<int> InstancePids(string service) =>
        instances.Values
            .Where(e => e.Resource.Name == service && e.Snapshot.State?.Text == KnownResourceStates.Running)
            .Select(e => e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value?.ToString())
            .Select(pid => int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0)
            .Where(pid => pid > 0)
            .ToHashSet();

    // Every instance is its own resource id (orders-xyz…); the latest event of each says its state and process.
    private async Task WatchInstancesAsync(ResourceNotificationService notifications)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stopWatching.Token))
                instances[change.ResourceId] = change;
        }
        catch (OperationCanceledException)
        {
            // The system is being disposed.
        }
    }

    public async Task DisposeAsync()
    {
        await stopWatching.CancelAsync();
        await watching;
        stopWatching.Dispose();
        await App.DisposeAsync();
        host.DeleteData();
    }
}
