using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace QommerceHub.LegacyLauncher.Hosting.Dashboard;

/// <summary>A small web page and JSON API on 127.0.0.1 showing every resource, with a restart button.</summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    // Browsers cannot send this header cross-site without a CORS preflight we never answer, so other pages cannot restart things.
    private const string RestartHeader = "X-Dashboard-Action";

    private readonly WebApplication web;

    private DashboardServer(WebApplication web, Uri url)
    {
        this.web = web;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<DashboardServer> StartAsync(int port, DistributedApplication app, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();

        // The launcher handles Ctrl+C and SIGTERM itself and stops the dashboard last.
        builder.Services.AddSingleton<IHostLifetime, LauncherOwnedLifetime>();
        builder.Services.AddHostFiltering(o => o.AllowedHosts = ["localhost", "127.0.0.1"]);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        var web = builder.Build();
        web.UseHostFiltering();
        web.MapGet("/", () => Results.Content(DashboardPage.Html, "text/html; charset=utf-8"));
        web.MapGet("/api/resources", () => app.Resources.Select(ResourceSnapshot.Of).ToList());
        web.MapPost("/api/resources/{name}/restart", async (string name, HttpRequest request, CancellationToken ct) =>
        {
            if (!request.Headers.ContainsKey(RestartHeader))
            {
                return Results.BadRequest(new { error = $"The {RestartHeader} header is required." });
            }

            if (app.FindResource(name) is null)
            {
                return Results.NotFound(new { error = $"No resource named '{name}'." });
            }

            return await app.RestartResourceAsync(name, ct)
                ? Results.Accepted()
                : Results.Conflict(new { error = $"'{name}' cannot be restarted now." });
        });

        await web.StartAsync(cancellationToken);
        return new DashboardServer(web, new Uri($"http://127.0.0.1:{port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await web.StopAsync(CancellationToken.None);
        await web.DisposeAsync();
    }

    private sealed class LauncherOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
