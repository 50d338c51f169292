using QommerceHub.LegacyLauncher.Hosting;

namespace QommerceHub.LegacyLauncher;

/// <summary>Runs the app until shutdown is requested, telling the developer where everything is.</summary>
internal static class AppHostRunner
{
    public static async Task<int> RunAsync(DistributedApplication app, AppHostOptions options, CancellationToken shutdown)
    {
        try
        {
            await app.StartAsync(shutdown);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return 0;
        }
        catch (ResourceStartException e)
        {
            await Console.Error.WriteLineAsync($"AppHost could not start: {e.Message}");
            return 1;
        }

        PrintUrls(app, options);
        try
        {
            await Task.Delay(Timeout.Infinite, shutdown);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("Stopping…");
        }

        await app.StopAsync(CancellationToken.None);
        Console.WriteLine("Stopped.");
        return 0;
    }

    private static void PrintUrls(DistributedApplication app, AppHostOptions options)
    {
        Console.WriteLine();
        Console.WriteLine("QommerceHub is running:");
        if (app.FindResource(QommerceHubApp.Gateway) is not null)
        {
            Console.WriteLine($"  gateway        http://localhost:{options.GatewayPort}");
        }

        if (app.DashboardUrl is not null)
        {
            Console.WriteLine($"  dashboard      http://localhost:{options.DashboardPort}");
        }

        Console.WriteLine($"  maildev        http://localhost:{options.MaildevWebPort}");
        foreach (var service in app.Resources.OfType<ProjectResource>().Where(p => p.Name != QommerceHubApp.Gateway))
        {
            Console.WriteLine($"  {service.Name,-14} {service.HttpUrl}");
        }

        Console.WriteLine("Press Ctrl+C to stop.");
    }
}
