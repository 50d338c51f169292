using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace QommerceHub.AppHost;

/// <summary>
/// Prints each resource's state changes on the console, and once everything is healthy the URLs a developer needs.
/// Service logs stay out of the console: they are in the dashboard.
/// </summary>
internal sealed class ResourceStateReporter(
    ResourceNotificationService notifications, DistributedApplicationModel model, IConfiguration configuration, IHostApplicationLifetime lifetime)
{
    private static readonly DateTime ProcessStart = Process.GetCurrentProcess().StartTime;

    private readonly Dictionary<string, string> lastPrinted = [];
    private readonly Dictionary<string, CustomResourceSnapshot> latest = [];
    private bool announced;

    /// <summary>Starts watching as the app starts (hosted services would begin only once every resource is up).</summary>
    public static void AddResourceStateReporter(IDistributedApplicationBuilder builder)
    {
        builder.Eventing.Subscribe<BeforeStartEvent>((e, startCancellation) =>
        {
            var reporter = ActivatorUtilities.CreateInstance<ResourceStateReporter>(e.Services);
            _ = Task.Run(reporter.WatchAsync, startCancellation);
            return Task.CompletedTask;
        });
    }

    private async Task WatchAsync()
    {
        var stoppingToken = lifetime.ApplicationStopping;
        var expected = model.Resources.Select(r => r.Name).ToHashSet();
        stoppingToken.Register(() => Console.WriteLine($"{Elapsed()} Stopping every resource and its child processes..."));
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                // Hidden helpers (e.g. the project rebuilders) are not the developer's business.
                if (change.Snapshot.IsHidden)
                {
                    expected.Remove(change.Resource.Name);
                }

                // A snapshot without a state is a step DCP takes between two states.
                if (!expected.Contains(change.Resource.Name) || string.IsNullOrEmpty(change.Snapshot.State?.Text))
                {
                    continue;
                }

                latest[change.Resource.Name] = change.Snapshot;
                var line = Describe(change.Snapshot);
                if (lastPrinted.GetValueOrDefault(change.Resource.Name) != line)
                {
                    lastPrinted[change.Resource.Name] = line;
                    Console.WriteLine($"{Elapsed()} {change.Resource.Name,-16} {line}");
                }

                if (!announced && expected.All(name => latest.TryGetValue(name, out var s) && IsUp(s)))
                {
                    announced = true;
                    Announce();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private static string Elapsed() => $"[{(DateTime.Now - ProcessStart).TotalSeconds,6:0.0}s]";

    private static string Describe(CustomResourceSnapshot snapshot)
    {
        var state = snapshot.State?.Text is { Length: > 0 } text ? text : "Unknown";
        if (snapshot.ExitCode is int exitCode && state is "Exited" or "Finished" or "FailedToStart")
        {
            state += $" (exit code {exitCode})";
        }

        if (state.StartsWith("FailedToStart", StringComparison.Ordinal) || state.StartsWith("Exited", StringComparison.Ordinal))
        {
            state += ": see its console log in the dashboard";
        }

        return snapshot.HealthStatus is { } health && state == "Running" ? $"{state}, {health}" : state;
    }

    private static bool IsUp(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus is null or HealthStatus.Healthy;

    private void Announce()
    {
        string? UrlOf(string resource) =>
            latest.TryGetValue(resource, out var snapshot) ? snapshot.Urls.FirstOrDefault(u => !u.IsInternal)?.Url : null;
        Console.WriteLine();
        Console.WriteLine($"QommerceHub is up: every resource healthy {(DateTime.Now - ProcessStart).TotalSeconds:0.0} s after the AppHost started.");
        Console.WriteLine($"  gateway     {UrlOf(QommerceHubModel.Gateway)}");
        // With randomised ports (DcpPublisher:RandomizePorts) Aspire moves the dashboard too, and prints where above.
        Console.WriteLine(configuration.GetValue("DcpPublisher:RandomizePorts", false)
            ? "  dashboard   on a random port: see Aspire's \"Dashboard:\" line above"
            : $"  dashboard   {configuration["ASPNETCORE_URLS"]?.Split(';')[0]}");
        Console.WriteLine($"  maildev     {UrlOf("maildev")}");
        Console.WriteLine("Press Ctrl+C to stop everything.");
    }
}
