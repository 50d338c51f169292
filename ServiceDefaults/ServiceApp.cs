using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using QommerceHub.ServiceDefaults.Data;

namespace QommerceHub.ServiceDefaults;

/// <summary>
/// How every service starts, so each <c>Program.cs</c> names only what is its own: the shared defaults, then the
/// service's wiring; its migrations (and nothing more with <c>--migrate-only</c>); a maintenance command in place of
/// serving, where the service has them; then the shared middleware and the service's APIs.
/// </summary>
public static class ServiceApp
{
    /// <param name="runCommand">Runs the command line's maintenance command and says whether it did; the process then ends.</param>
    public static async Task RunAsync<TContext>(string[] args, Action<WebApplicationBuilder> addServices, Action<WebApplication> mapApis,
        Func<WebApplication, string[], Task<bool>>? runCommand = null)
        where TContext : DbContext
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        addServices(builder);

        var app = builder.Build();
        if (await app.MigrateDatabaseAsync<TContext>() == AfterMigration.Exit) return;
        if (runCommand is not null && await runCommand(app, args)) return;

        app.UseServiceDefaults();
        mapApis(app);
        await app.RunAsync();
    }
}
